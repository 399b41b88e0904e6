package dev.claimcheck.report;

import dev.claimcheck.io.Documents;
import dev.claimcheck.judge.VerifyResult;
import dev.claimcheck.judge.BaselineStatus;
import dev.claimcheck.judge.Finding;
import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Suppression;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.claimcheck.Version;
import dev.claimcheck.engine.RuleInfo;
import dev.claimcheck.engine.Severity;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * SARIF 2.1.0, as GitHub code scanning reads it: every rule in {@code tool.driver.rules} with its help, one result per
 * finding at its claim's file, line and column, with a fingerprint that ignores line numbers. Waived
 * findings are included as suppressed results; with a baseline, each result has its baseline state.
 */
public final class SarifReporter implements Reporter {
    /** The key of claimcheck's line-independent fingerprint in {@code partialFingerprints}. */
    public static final String FINGERPRINT_KEY = "claimcheckFinding/v1";
    private static final URI SCHEMA = URI.create("https://json.schemastore.org/sarif-2.1.0.json");

    private final Lazy<ObjectMapper> mapper = new Lazy<>(() -> JsonMapper.builder(JsonEscapes.factory())
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build());

    @Override
    public String name() {
        return "sarif";
    }

    /** Findings, verdicts and counts only. */
    @Override
    public boolean printsPassingChecks() {
        return false;
    }

    @Override
    public void write(VerifyResult result, Writer out) throws IOException {
        Documents.write(mapper.get(), sarif(result), out);
    }

    SarifSchema210 sarif(VerifyResult result) {
        ToolComponent driver = new ToolComponent()
                .withName("claimcheck")
                .withVersion(Version.get())
                .withSemanticVersion(Version.get())
                .withRules(result.rules().stream().map(SarifReporter::rule).collect(Collectors.toCollection(LinkedHashSet::new)));
        List<Result> results = Stream.concat(result.findings().stream(), result.waived().stream())
                .map(f -> result(f, result.hasBaseline()))
                .toList();
        return new SarifSchema210()
                .with$schema(SCHEMA)
                .withVersion(SarifSchema210.Version._2_1_0)
                .withRuns(List.of(new Run().withTool(new Tool().withDriver(driver)).withResults(results)));
    }

    private static ReportingDescriptor rule(RuleInfo rule) {
        return new ReportingDescriptor()
                .withId(rule.id())
                .withShortDescription(new MultiformatMessageString().withText(rule.title()))
                .withFullDescription(new MultiformatMessageString().withText(RuleHelp.description(rule)))
                .withHelp(new MultiformatMessageString().withText(RuleHelp.text(rule)).withMarkdown(RuleHelp.markdown(rule)))
                .withDefaultConfiguration(new ReportingConfiguration().withLevel(configurationLevel(rule.severity())));
    }

    private static Result result(Finding finding, boolean withBaseline) {
        Result result = new Result()
                .withRuleId(finding.rule().id())
                .withLevel(level(finding.severity()))
                .withMessage(new Message().withText(finding.message()))
                .withLocations(List.of(location(finding)))
                .withPartialFingerprints(new PartialFingerprints().withAdditionalProperty(FINGERPRINT_KEY,
                        finding.fingerprint()));
        if (withBaseline) {
            result.setBaselineState(finding.baseline() == BaselineStatus.NEW
                    ? Result.BaselineState.NEW : Result.BaselineState.UNCHANGED);
        }
        if (finding.claim() != null && finding.claim().isDraft()) {
            result.setProperties(new PropertyBag().withAdditionalProperty("draft", true));
        }
        if (finding.isWaived()) {
            Set<Suppression> suppressions = new LinkedHashSet<>();
            suppressions.add(new Suppression().withKind(Suppression.Kind.EXTERNAL)
                    .withStatus(Suppression.Status.ACCEPTED)
                    .withJustification(finding.waiver().getReason() + " (" + finding.waiver().getOwner()
                            + ", until " + finding.waiver().getExpires() + ")"));
            result.setSuppressions(suppressions);
        }
        return result;
    }

    private static Location location(Finding finding) {
        return new Location().withPhysicalLocation(new PhysicalLocation()
                .withArtifactLocation(new ArtifactLocation().withUri(uri(finding.location().file())))
                .withRegion(new Region().withStartLine(finding.location().line())
                        .withStartColumn(finding.location().column())));
    }

    /**
     * A file under the working directory as a relative reference, as code scanning expects; others as
     * file: URIs. A relative path whose first segment holds ':' starts with "./", as RFC 3986 (4.2) says,
     * lest the segment be read as a scheme.
     */
    static String uri(String file) {
        Path path = Path.of(file);
        if (path.isAbsolute()) {
            return path.toUri().toString();
        }
        String relative = file.replace('\\', '/');
        int slash = relative.indexOf('/');
        if (relative.substring(0, slash < 0 ? relative.length() : slash).contains(":")) {
            relative = "./" + relative;
        }
        try {
            return new URI(null, null, relative, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + file, e);
        }
    }

    private static Result.Level level(Severity severity) {
        return switch (severity) {
            case ERROR -> Result.Level.ERROR;
            case WARNING -> Result.Level.WARNING;
            case INFO -> Result.Level.NOTE;
        };
    }

    private static ReportingConfiguration.Level configurationLevel(Severity severity) {
        if (severity == null) {
            return ReportingConfiguration.Level.NONE;
        }
        return switch (severity) {
            case ERROR -> ReportingConfiguration.Level.ERROR;
            case WARNING -> ReportingConfiguration.Level.WARNING;
            case INFO -> ReportingConfiguration.Level.NOTE;
        };
    }
}
