package dev.claimcheck.cli;

import dev.claimcheck.draft.DraftFile;
import dev.claimcheck.io.OutputFiles;
import dev.claimcheck.problem.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimcheck draft}: proposes the claims of an article as a claims.yaml to review. */
@Command(name = "draft",
        description = "Proposes claims for an article (amounts, per-cent changes, shares, dates, time words, events,"
                + " rates, sequences, offices, predecessors, ranks, comparisons) as a claims.yaml to review; every proposed claim carries 'draft: true'.")
final class DraftCommand extends Subcommand {
    @Parameters(paramLabel = "ARTICLE", description = "The article's folder, or its article.txt.")
    Path article;

    @Option(names = "--facts", paramLabel = "DIR", defaultValue = "facts",
            description = "The facts directory whose reference/ data names series, offices and events (default: ${DEFAULT-VALUE}).")
    Path facts;

    @Option(names = "--published", paramLabel = "DATE",
            description = "The article's date, when claims.yaml does not give it yet (YYYY-MM-DD).")
    LocalDate published;

    @Option(names = "--merge", description = "Append the drafts that are new to the existing claims.yaml; reviewed claims stay as they are.")
    boolean merge;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write (default: claims.yaml beside article.txt); - for standard output.")
    Path output;

    @Override
    protected ExitCode execute() throws InputException, UsageException, IOException {
        DraftFile file = new DraftFile(article);
        Path target = output != null ? output : file.claimsFile();
        boolean toStdout = target.toString().equals("-");
        if (!toStdout && !merge && Files.exists(target)) {
            throw new UsageException(target + " exists: give --merge to append new drafts to it, or --output - to print them");
        }
        boolean exists = Files.exists(file.claimsFile());
        String text;
        try {
            text = file.draft(facts, published, exists && (merge || toStdout));
        } catch (DraftFile.Refused e) {
            throw new UsageException(e.getMessage());
        }
        if (toStdout) {
            out().print(text);
            out().flush();
        } else {
            OutputFiles.write(target, w -> w.write(text));
            err().println("claimcheck: drafted claims into " + target);
        }
        return ExitCode.OK;
    }
}
