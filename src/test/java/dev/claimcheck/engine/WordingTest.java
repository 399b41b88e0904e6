package dev.claimcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A rule's message template: {@code {}} takes the next argument, {@code [a|b]} reads a when the check holds. */
class WordingTest {
    private static String holds(String template, Object... args) {
        return Wording.of(template, true, List.of(args));
    }

    private static String fails(String template, Object... args) {
        return Wording.of(template, false, List.of(args));
    }

    @Test
    void placeholdersTakeTheArgumentsInOrder() {
        assertEquals("2025-02-21 was a Friday", holds("{} was a {}", "2025-02-21", "Friday"));
        assertEquals("3 of 3.5", holds("{} of {}", 3, 3.5), "any object, by its string");
        assertEquals("no placeholders", fails("no placeholders"));
    }

    @Test
    void aChoiceReadsItsFirstBranchWhenTheCheckHoldsAndItsSecondWhenNot() {
        String template = "Bessent [held|did not hold] the office";
        assertEquals("Bessent held the office", holds(template));
        assertEquals("Bessent did not hold the office", fails(template));
    }

    @Test
    void aPlaceholderInTheBranchNotChosenStillConsumesItsArgument() {
        String template = "{} was a {}[, as claimed|, not a {}] ({})";
        assertEquals("2025-02-21 was a Friday, as claimed (seed)",
                holds(template, "2025-02-21", "Friday", "Friday", "seed"));
        assertEquals("2025-02-21 was a Friday, not a Thursday (seed)",
                fails(template, "2025-02-21", "Friday", "Thursday", "seed"));
        assertEquals("A then C", holds("[{}|{}] then {}", "A", "B", "C"), "the right branch's argument is skipped");
        assertEquals("B then C", fails("[{}|{}] then {}", "A", "B", "C"), "the left branch's argument is skipped");
    }

    @Test
    void argumentsAreInsertedVerbatimNeverReadAsTemplate() {
        assertEquals("the [a|b] group held", holds("the {} group [held|did not]", "[a|b]"));
        assertEquals("the {} fund and 5", fails("the {} fund and {}", "{}", 5));
    }

    @Test
    void aBracketWithoutABarStaysAsWritten() {
        assertEquals("the quote [sic] is in the article", holds("the quote [sic] is [in|not in] the article"));
        assertEquals("a list [1, 2] of 2", fails("a list [1, 2] of {}", 2));
        assertEquals("ends with [", holds("ends with ["));
    }

    @Test
    void moreArgumentsThanPlaceholdersIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> holds("{} held", "a", "b"));
        assertEquals("the message \"{} held\" has 1 {} for 2 arguments", e.getMessage());
    }

    @Test
    void fewerArgumentsThanPlaceholdersIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> holds("{} and {}", "a"));
        assertThrows(IllegalArgumentException.class, () -> fails("[yes|no {}]"), "even in the branch read");
        assertThrows(IllegalArgumentException.class, () -> holds("[yes|no {}]"), "even in the branch not read");
    }
}
