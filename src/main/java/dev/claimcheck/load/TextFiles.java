package dev.claimcheck.load;

import dev.claimcheck.problem.DisplayPaths;
import dev.claimcheck.problem.InputException;
import dev.claimcheck.problem.Problem;
import dev.claimcheck.problem.SourceLocation;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads text files as UTF-8, strictly: a byte-order mark and Windows line endings are accepted. */
final class TextFiles {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private TextFiles() {
    }

    static String read(Path file) throws InputException {
        String name = DisplayPaths.of(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw single(SourceLocation.of(name), "cannot read the file: " + e.getMessage());
        }
        String text = decode(bytes, name);
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        return text.replace("\r\n", "\n");
    }

    private static String decode(byte[] bytes, String name) throws InputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw single(locateBadByte(bytes, name), "the file is not UTF-8 text; save it as UTF-8");
        }
    }

    /** The line and column of the first byte sequence that is not UTF-8. */
    private static SourceLocation locateBadByte(byte[] bytes, String name) {
        int good = validPrefixLength(bytes);
        String before = new String(bytes, 0, good, StandardCharsets.UTF_8);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = before.length() - before.lastIndexOf('\n');
        return new SourceLocation(name, line, column);
    }

    private static int validPrefixLength(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        decoder.decode(in, java.nio.CharBuffer.allocate(bytes.length), true);
        return in.position();
    }

    static InputException single(SourceLocation location, String message) {
        return new InputException(List.of(new Problem(location, message)));
    }
}
