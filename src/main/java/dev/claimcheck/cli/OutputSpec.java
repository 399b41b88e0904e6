package dev.claimcheck.cli;

import dev.claimcheck.report.Reporter;
import dev.claimcheck.report.Reporters;
import java.nio.file.Path;
import picocli.CommandLine;

/** One {@code --format} value: a format, and the file to write it to (standard output when absent). */
record OutputSpec(Reporter reporter, Path file) {
    /** As the user wrote it: "sarif" or "sarif=claimcheck.sarif". */
    @Override
    public String toString() {
        return file == null ? reporter.name() : reporter.name() + "=" + file;
    }

    /** Reads "sarif" or "sarif=claimcheck.sarif". */
    static final class Converter implements CommandLine.ITypeConverter<OutputSpec> {
        @Override
        public OutputSpec convert(String value) {
            int equals = value.indexOf('=');
            String name = equals < 0 ? value : value.substring(0, equals);
            Reporter reporter = Reporters.named(name).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "unknown format '" + name + "' (formats: " + String.join(", ", Reporters.names()) + ")"));
            if (equals >= 0 && value.substring(equals + 1).isBlank()) {
                throw new CommandLine.TypeConversionException("no file after '" + name + "='");
            }
            return new OutputSpec(reporter, equals < 0 ? null : Path.of(value.substring(equals + 1)));
        }
    }
}
