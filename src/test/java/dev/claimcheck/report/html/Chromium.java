package dev.claimcheck.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless Chromium, as the html report's tests drive it: a page's DOM after its script ran
 * ({@code --dump-dom}), a screenshot, or a live page driven over the DevTools protocol (keys, clicks,
 * script evaluation) with the JDK's own WebSocket client. Every run has a fresh profile and no network
 * services. Time limits here only stop a hung browser; no assertion depends on timing.
 */
final class Chromium {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final long LIMIT_SECONDS = 120;
    private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on (ws://[^\\s]+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Chromium() {
    }

    /** Skips the test when there is no Chromium here, except on CI, where its absence fails the test. */
    static void assumeInstalled() {
        boolean ci = "true".equals(System.getenv("CI"));
        if (!Files.isExecutable(BINARY) && ci) {
            throw new AssertionError("CI=true but " + BINARY + " is missing: .ci/run installs Debian's chromium");
        }
        Assumptions.assumeTrue(Files.isExecutable(BINARY), "Chromium is not installed at " + BINARY
                + " (apt-get install chromium); the html report's browser tests are skipped outside CI");
    }

    private static List<String> command(Path profile, String... extra) {
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(List.of(extra));
        return command;
    }

    /** The page's DOM once its script has run, as Chromium serialises it. */
    static String dumpDom(Path page) throws IOException, InterruptedException {
        return run("--dump-dom", page.toUri().toString());
    }

    /** A PNG of the page's top at the given window size ("1280,2000"). */
    static void screenshot(Path page, Path png, String windowSize) throws IOException, InterruptedException {
        run("--screenshot=" + png.toAbsolutePath(), "--window-size=" + windowSize, page.toUri().toString());
        if (!Files.isRegularFile(png) || Files.size(png) == 0) {
            throw new AssertionError("Chromium wrote no screenshot to " + png);
        }
    }

    private static String run(String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("claimcheck-chromium");
        Path out = Files.createTempFile("claimcheck-chromium", ".out");
        try {
            Process process = new ProcessBuilder(command(profile, args)).redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("Chromium did not finish: " + String.join(" ", args));
            }
            return Files.readString(out);
        } finally {
            Files.deleteIfExists(out);
            deleteTree(profile);
        }
    }

    /**
     * Removes a profile folder. Chromium's helper processes can still add and remove files in it as the
     * browser closes: a file gone meanwhile is no error, and a second pass takes what came after the first.
     */
    private static void deleteTree(Path dir) throws IOException {
        for (int pass = 0; pass < 3 && Files.exists(dir); pass++) {
            Files.walkFileTree(dir, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs)
                        throws IOException {
                    Files.deleteIfExists(file);
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof java.nio.file.NoSuchFileException) {
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }
                    throw e;
                }

                @Override
                public java.nio.file.FileVisitResult postVisitDirectory(Path folder, IOException e) {
                    try {
                        Files.deleteIfExists(folder);
                    } catch (IOException notEmptyYet) {
                        // something was added meanwhile: the next pass removes it
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        }
    }

    /** Opens the page in a browser driven over the DevTools protocol; close it when done. */
    static Page open(Path page, int width, int height) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("claimcheck-chromium");
        Process process = new ProcessBuilder(command(profile, "--remote-debugging-port=0",
                "--window-size=" + width + "," + height, "about:blank"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String browser = devToolsAddress(process);
            URI list = URI.create(browser.replaceFirst("^ws://([^/]+)/.*", "http://$1/json/list"));
            HttpClient http = HttpClient.newHttpClient();
            JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(list).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            for (JsonNode target : targets) {
                if ("page".equals(target.path("type").asText())) {
                    Page opened = new Page(process, profile, http, target.path("webSocketDebuggerUrl").asText());
                    opened.load(page);
                    return opened;
                }
            }
            throw new AssertionError("Chromium opened no page: " + targets);
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private static String devToolsAddress(Process process) throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        for (String line = err.readLine(); line != null; line = err.readLine()) {
            Matcher m = DEVTOOLS.matcher(line);
            if (m.find()) {
                // Keep draining standard error, so that the browser never blocks on a full pipe.
                Thread drain = new Thread(() -> err.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
        }
        throw new AssertionError("Chromium printed no DevTools address");
    }

    /** A page in a live browser: evaluate script, press keys, click, take screenshots. */
    static final class Page implements AutoCloseable, WebSocket.Listener {
        private final Process process;
        private final Path profile;
        private final WebSocket socket;
        private final AtomicInteger ids = new AtomicInteger();
        private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
        private final StringBuilder partial = new StringBuilder();

        private Page(Process process, Path profile, HttpClient http, String address) {
            this.process = process;
            this.profile = profile;
            this.socket = http.newWebSocketBuilder().buildAsync(URI.create(address), this).join();
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(partial.toString());
                    CompletableFuture<JsonNode> waiting = message.has("id") ? pending.remove(message.get("id").asInt()) : null;
                    if (waiting != null) {
                        waiting.complete(message);
                    }
                } catch (IOException e) {
                    pending.values().forEach(f -> f.completeExceptionally(e));
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        /** Sends a DevTools command and returns its result, failing on a protocol error. */
        JsonNode send(String method, ObjectNode params) {
            int id = ids.incrementAndGet();
            CompletableFuture<JsonNode> answer = new CompletableFuture<>();
            pending.put(id, answer);
            ObjectNode command = JSON.createObjectNode().put("id", id).put("method", method);
            command.set("params", params);
            socket.sendText(command.toString(), true).join();
            JsonNode reply = answer.orTimeout(LIMIT_SECONDS, TimeUnit.SECONDS).join();
            if (reply.has("error")) {
                throw new AssertionError(method + " failed: " + reply.get("error"));
            }
            return reply.path("result");
        }

        /** The value of a script expression; a promise is awaited. */
        JsonNode evaluate(String expression) {
            JsonNode result = send("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
                    .put("returnByValue", true).put("awaitPromise", true));
            if (result.has("exceptionDetails")) {
                throw new AssertionError("script failed: " + expression + "\n" + result.get("exceptionDetails"));
            }
            return result.path("result").path("value");
        }

        /**
         * Navigates to the page and waits for its load event. Page.navigate answers once the new
         * document is committed, so the wait below runs in it, not in the blank page before it.
         */
        private void load(Path page) {
            send("Page.navigate", JSON.createObjectNode().put("url", page.toUri().toString()));
            evaluate("new Promise(done => document.readyState === 'complete' ? done(true)"
                    + " : addEventListener('load', () => done(true)))");
        }

        /** Presses and releases a key as a keyboard would, e.g. Tab. */
        void press(String key, int keyCode) {
            for (String type : new String[] {"rawKeyDown", "keyUp"}) {
                send("Input.dispatchKeyEvent", JSON.createObjectNode().put("type", type).put("key", key)
                        .put("code", key).put("windowsVirtualKeyCode", keyCode));
            }
        }

        /** Scrolls the element into view and clicks the middle of it with the mouse. */
        void click(String selector) {
            JsonNode box = evaluate("(() => { const e = document.querySelector(" + JSON.valueToTree(selector)
                    + "); e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
                    + " return {x: r.x + r.width / 2, y: r.y + r.height / 2}; })()");
            for (String type : new String[] {"mousePressed", "mouseReleased"}) {
                send("Input.dispatchMouseEvent", JSON.createObjectNode().put("type", type)
                        .put("x", box.get("x").asDouble()).put("y", box.get("y").asDouble())
                        .put("button", "left").put("clickCount", 1));
            }
        }

        /** A PNG of what the window shows now. */
        void screenshot(Path png) throws IOException {
            JsonNode shot = send("Page.captureScreenshot", JSON.createObjectNode().put("format", "png"));
            Files.write(png, Base64.getDecoder().decode(shot.path("data").asText()));
        }

        @Override
        public void close() throws IOException, InterruptedException {
            socket.abort();
            process.destroy();
            if (!process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            deleteTree(profile);
        }
    }
}
