package dev.claimcheck.model;

import dev.claimcheck.problem.SourceLocation;
import java.util.Map;

/**
 * Where each field of a claim is written in its claims file. Kept as two arrays rather than a map of
 * locations: a large corpus holds one for each of a million claims, and a map of six fields took about
 * 280 bytes of them, these about 100.
 */
final class FieldPlaces {
    static final FieldPlaces NONE = new FieldPlaces(null, new String[0], new int[0]);

    private final String file;
    private final String[] fields;
    /** Line, then column, of each field in turn. */
    private final int[] lineColumns;

    private FieldPlaces(String file, String[] fields, int[] lineColumns) {
        this.file = file;
        this.fields = fields;
        this.lineColumns = lineColumns;
    }

    /** The places of these locations, which are all in one file. */
    static FieldPlaces of(Map<String, SourceLocation> locations) {
        if (locations.isEmpty()) {
            return NONE;
        }
        String file = null;
        String[] fields = new String[locations.size()];
        int[] lineColumns = new int[2 * locations.size()];
        int i = 0;
        for (Map.Entry<String, SourceLocation> entry : locations.entrySet()) {
            SourceLocation at = entry.getValue();
            if (file != null && !file.equals(at.file())) {
                throw new IllegalArgumentException("the fields of one claim are written in one file, not in " + file
                        + " and " + at.file());
            }
            file = at.file();
            fields[i] = entry.getKey();
            lineColumns[2 * i] = at.line();
            lineColumns[2 * i + 1] = at.column();
            i++;
        }
        return new FieldPlaces(file, fields, lineColumns);
    }

    /** Where the field is written, or {@code otherwise} if this does not know. */
    SourceLocation of(String field, SourceLocation otherwise) {
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].equals(field)) {
                return new SourceLocation(file, lineColumns[2 * i], lineColumns[2 * i + 1]);
            }
        }
        return otherwise;
    }
}
