package dev.claimcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.claimcheck.engine.CompiledRules;
import dev.claimcheck.engine.RuleEngine;
import dev.claimcheck.engine.Severity;
import dev.claimcheck.judge.Finding;
import dev.claimcheck.judge.VerifyResult;
import dev.claimcheck.load.FactsLoader;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.FactBase;
import dev.claimcheck.model.Office;
import dev.claimcheck.model.Period;
import dev.claimcheck.model.QuotedValue;
import dev.claimcheck.model.Term;
import dev.claimcheck.number.Amount;
import dev.claimcheck.problem.InputException;
import dev.claimcheck.problem.SourceLocation;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every value of every bundled claim that has a written form is checked: replaced by another plausible
 * value (another number of the same size, year, day, weekday, person, office, tenure, direction,
 * relation or rank), it makes at least one rule report an error or a warning, or the facts are refused.
 * The edits are made from the claims themselves, so the test holds for whatever articles facts/ holds.
 */
class EveryValueIsCheckedTest {
    @TempDir
    Path tmp;

    private record Edit(Claim claim, QuotedValue value, String replacement) {
        @Override
        public String toString() {
            return claim.getId() + "." + value.field() + ": " + value.value() + " -> " + replacement;
        }
    }

    @Test
    void everyPlausibleWrongValueIsCaughtAndTheTrueFactsPass() throws Exception {
        Path facts = FactsFixture.copy(BundledRules.FACTS, tmp.resolve("facts"));
        CompiledRules rules = BundledRules.compiled();
        FactBase truth = new FactsLoader().load(facts);
        assertEquals(List.of(), problems(check(rules, facts)), "the true facts have no error or warning");

        List<Edit> edits = new ArrayList<>();
        for (Claim claim : truth.getClaims()) {
            for (QuotedValue value : claim.getQuotedValues()) {
                other(value, truth).ifPresent(replacement -> edits.add(new Edit(claim, value, replacement)));
            }
        }
        List<String> missed = new ArrayList<>();
        for (Edit edit : edits) {
            Path file = Path.of(edit.claim().getLocation().file());
            String original = Files.readString(file, StandardCharsets.UTF_8);
            String edited = replaceValue(original, edit.claim().locationOf(edit.value().field()), edit.replacement());
            assertNotEquals(original, edited, "the edit changes the file: " + edit);
            Files.writeString(file, edited, StandardCharsets.UTF_8);
            try {
                if (problems(check(rules, facts)).isEmpty()) {
                    missed.add(edit.toString());
                }
            } catch (InputException refused) {
                // Refused at load: caught too.
            } finally {
                Files.writeString(file, original, StandardCharsets.UTF_8);
            }
        }
        System.out.printf("EveryValueIsCheckedTest: %d edits tried, %d caught%n", edits.size(), edits.size() - missed.size());
        assertEquals(List.of(), missed, "edits no rule caught, of " + edits.size());
    }

    private static VerifyResult check(CompiledRules rules, Path facts) throws Exception {
        FactBase loaded = new FactsLoader().load(facts);
        return new VerifyResult(loaded, new RuleEngine().run(rules, loaded).checks(), rules.rules(),
                VerifyResult.Judgement.plain());
    }

    private static List<String> problems(VerifyResult result) {
        return result.findings().stream().filter(f -> f.severity().atLeast(Severity.WARNING))
                .map(Finding::toString).toList();
    }

    /** The line of the field, with its value replaced: block-style YAML, one value a line. */
    private static String replaceValue(String text, SourceLocation key, String replacement) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        String line = lines.get(key.line() - 1);
        int colon = line.indexOf(':', key.column() - 1);
        lines.set(key.line() - 1, line.substring(0, colon + 1) + " " + replacement);
        return String.join("\n", lines) + "\n";
    }

    /** Another plausible value of the same form, written as YAML; empty when there is none to offer. */
    private static Optional<String> other(QuotedValue value, FactBase facts) {
        Object v = value.value();
        return switch (value.form()) {
            case AMOUNT -> Optional.of(otherAmount((Amount) v));
            case PERIOD -> Optional.of(v instanceof Integer year ? String.valueOf(year - 1) : "\"" + ((Period) v).previous() + "\"");
            case DATE -> Optional.of(((LocalDate) v).plusDays(2).toString());
            case WEEKDAY -> Optional.of(((DayOfWeek) v).plus(1).name().toLowerCase(Locale.ROOT));
            case WORDS -> Optional.of(v.toString().equals("last week") ? "yesterday" : "last week");
            case PERSON -> facts.getOffices().stream().flatMap(o -> o.getTerms().stream()).map(Term::getPerson)
                    .filter(person -> !person.equals(v)).findFirst();
            case OFFICE -> facts.getOffices().stream().map(Office::getId).filter(id -> !id.equals(v)).findFirst();
            case TENURE -> Optional.of(v.toString().equals("CURRENT") ? "former" : "current");
            case BASIS -> Optional.of(v.toString().equals("year-on-year") ? "period-on-period" : "year-on-year");
            case DIRECTION -> Optional.of(v.toString().equals("RISE") ? "fall" : "rise");
            case RELATION -> Optional.of(v.toString().equals("BELOW") ? "above" : "below");
            case RANK -> Optional.of(String.valueOf((Integer) v + 1));
        };
    }

    /** The same words with another number of the same size: a tenth more, at the same precision; another ratio in words. */
    private static String otherAmount(Amount amount) {
        if (amount.isInWords()) {
            // "a third" has no digits to change: another ratio in words.
            return amount.getText().contains("half") ? "a quarter" : "half";
        }
        BigDecimal figure = amount.getFigure();
        BigDecimal other = figure.multiply(new BigDecimal("1.1")).setScale(figure.scale(), RoundingMode.HALF_UP);
        if (other.compareTo(figure) == 0) {
            other = figure.add(BigDecimal.ONE.movePointLeft(figure.scale()));
        }
        return amount.getText().replace(figure.toPlainString(), other.toPlainString());
    }
}
