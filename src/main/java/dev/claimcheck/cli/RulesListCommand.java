package dev.claimcheck.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.claimcheck.engine.CompiledRules;
import dev.claimcheck.engine.RuleInfo;
import dev.claimcheck.problem.InputException;
import dev.claimcheck.io.Documents;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code claimcheck rules list}: every rule with its id, severity, title and place. */
@Command(name = "list",
        description = "Lists every rule: id, severity, title, file:line; as json, also its help: description, fix, example.")
final class RulesListCommand extends RulesSubcommand {
    enum Format { text, json }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    record RuleJson(String id, String severity, String title, String description, String fix, String example,
                    String file, int line) {
    }

    @Override
    protected ExitCode execute() throws InputException, IOException {
        PrintWriter out = out();
        CompiledRules compiled = rules.compile();
        List<RuleInfo> all = compiled.rules();
        if (format == Format.json) {
            Documents.write(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build(),
                    all.stream().map(r -> new RuleJson(r.id(), r.reports() ? r.severity().word() : null, r.title(), r.description(),
                            r.fix(), r.helpExample(), r.location().file(), r.location().line())).toList(), out);
        } else {
            int width = all.stream().mapToInt(r -> r.id().length()).max().orElse(0);
            all.forEach(r -> out.printf("%-" + width + "s  %-7s  %s  (%s:%d)%n", r.id(), r.role(), r.title(),
                    r.location().file(), r.location().line()));
        }
        out.flush();
        return ExitCode.OK;
    }
}
