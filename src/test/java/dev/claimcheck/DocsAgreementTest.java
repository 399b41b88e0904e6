package dev.claimcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import dev.claimcheck.model.Claim;
import dev.claimcheck.model.ClaimKinds;
import dev.claimcheck.model.FactTypes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README and the authoring guide list the claim kinds (and the guide the fact types) that the code
 * has: a kind added to {@link ClaimKinds} without its row, or a row left behind, fails here.
 *
 * <p>Tables are found by their header: the README's kinds table starts {@code | kind |}, the guide's
 * claims table {@code | type (`kind`) |} and its table of the other fact types {@code | type |}. Each
 * row names its kind or type in backticks in the first column.
 */
class DocsAgreementTest {
    private static final Path README = Path.of("README.md");
    private static final Path AUTHORING = Path.of("docs/authoring.md");
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");

    /** A markdown table: the line its header is on, the header's cells and each row's first cell. */
    record Table(Path file, int line, List<String> header, List<String> firstCells) {
        String where() {
            return file + " (table at line " + line + ")";
        }
    }

    @Test
    void theReadmeListsEveryClaimKind() throws IOException {
        List<Table> tables = tablesHeaded(README, "kind");
        assertFalse(tables.isEmpty(), "README.md has no table whose first column is 'kind'");
        for (Table table : tables) {
            List<String> kinds = table.firstCells().stream().map(DocsAgreementTest::firstBackticked).toList();
            assertSameSet(ClaimKinds.names(), kinds, "claim kinds", table.where(),
                    "ClaimKinds.names() in src/main/java/dev/claimcheck/model/ClaimKinds.java");
        }
    }

    @Test
    void theAuthoringGuideListsEveryClaimKindWithItsType() throws IOException {
        List<Table> tables = tablesHeaded(AUTHORING, "type (`kind`)");
        assertFalse(tables.isEmpty(), "docs/authoring.md has no table whose first column is 'type (`kind`)'");
        for (Table table : tables) {
            List<String> kinds = new ArrayList<>();
            List<String> wrongTypes = new ArrayList<>();
            for (String cell : table.firstCells()) {
                List<String> names = backticked(cell);
                if (names.size() < 2) {
                    fail(table.where() + ": a row's first column should read `TypeClaim` (`kind`), not: " + cell);
                }
                String type = names.get(0);
                String kind = names.get(1);
                kinds.add(kind);
                Optional<Class<? extends Claim>> modelType = ClaimKinds.named(kind);
                if (modelType.isPresent() && !modelType.get().getSimpleName().equals(type)) {
                    wrongTypes.add("kind '" + kind + "' is " + modelType.get().getSimpleName() + ", not " + type);
                }
            }
            assertSameSet(ClaimKinds.names(), kinds, "claim kinds", table.where(),
                    "ClaimKinds.names() in src/main/java/dev/claimcheck/model/ClaimKinds.java");
            assertEquals(List.of(), wrongTypes, table.where() + " names the wrong type for some kinds");
        }
    }

    @Test
    void theAuthoringGuideListsEveryFactType() throws IOException {
        List<String> documented = new ArrayList<>();
        for (Table table : tablesHeaded(AUTHORING, "type (`kind`)")) {
            table.firstCells().forEach(cell -> documented.add(firstBackticked(cell)));
        }
        List<Table> others = tablesHeaded(AUTHORING, "type");
        assertFalse(others.isEmpty(), "docs/authoring.md has no table of the other fact types (first column 'type')");
        for (Table table : others) {
            table.firstCells().forEach(cell -> documented.add(firstBackticked(cell)));
        }
        assertSameSet(FactTypes.names(), documented, "fact types", "the tables of docs/authoring.md's Fact types",
                "FactTypes.names() in src/main/java/dev/claimcheck/model/FactTypes.java");
    }

    private static void assertSameSet(Collection<String> expected, List<String> documented, String what,
                                      String where, String source) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(documented);
        Set<String> extra = new TreeSet<>(documented);
        extra.removeAll(expected);
        Set<String> twice = new TreeSet<>();
        Set<String> seen = new TreeSet<>();
        documented.stream().filter(name -> !seen.add(name)).forEach(twice::add);
        if (!missing.isEmpty() || !extra.isEmpty() || !twice.isEmpty()) {
            fail(where + ": not the same " + what + " as " + source + ":"
                    + (missing.isEmpty() ? "" : " missing " + missing + " (add a row for each);")
                    + (extra.isEmpty() ? "" : " extra " + extra + " (not in the code: remove or rename the row);")
                    + (twice.isEmpty() ? "" : " listed twice " + twice + ";")
                    + " the code has " + expected);
        }
    }

    /** The tables of a markdown file whose first header cell is {@code firstHeader}, outside code blocks. */
    private static List<Table> tablesHeaded(Path file, String firstHeader) throws IOException {
        List<Table> found = new ArrayList<>();
        for (Table table : tables(file)) {
            if (!table.header().isEmpty() && table.header().get(0).equals(firstHeader)) {
                found.add(table);
            }
        }
        return found;
    }

    private static List<Table> tables(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<Table> tables = new ArrayList<>();
        boolean inCode = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("```")) {
                inCode = !inCode;
                continue;
            }
            boolean startsTable = !inCode && line.startsWith("|") && i + 1 < lines.size()
                    && lines.get(i + 1).strip().matches("\\|?\\s*:?-{3,}.*")
                    && (i == 0 || !lines.get(i - 1).strip().startsWith("|"));
            if (!startsTable) {
                continue;
            }
            List<String> header = cells(line);
            List<String> firstCells = new ArrayList<>();
            int row = i + 2;
            while (row < lines.size() && lines.get(row).strip().startsWith("|")) {
                List<String> cells = cells(lines.get(row).strip());
                if (!cells.isEmpty() && !cells.get(0).isEmpty()) {
                    firstCells.add(cells.get(0));
                }
                row++;
            }
            tables.add(new Table(file, i + 1, header, firstCells));
            i = row - 1;
        }
        return tables;
    }

    /** The cells of a table row, trimmed; an escaped bar ({@code \|}) stays inside its cell. */
    private static List<String> cells(String row) {
        String inner = row.substring(1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length());
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }

    private static List<String> backticked(String cell) {
        List<String> names = new ArrayList<>();
        Matcher m = BACKTICKED.matcher(cell);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static String firstBackticked(String cell) {
        List<String> names = backticked(cell);
        return names.isEmpty() ? cell : names.get(0);
    }
}
