package dev.claimcheck.cli;

import static dev.claimcheck.cli.Cli.assertContainsAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Amounts in yuan and US$: a conversion is checked through an exchange rate from reference data, and
 * amounts of different currencies never meet otherwise. A mix is a one-line error finding on the claim,
 * or a load error at the entry, never a stack trace and never a pass.
 */
class CurrenciesTest {
    private static final String SOURCES = """
            sources:
              - {id: s, publisher: CFETS, title: Central parity, url: "https://www.chinamoney.com.cn/", date: "2025"}
            """;
    private static final String PARITY = """
              - id: cny-per-usd-central-parity
                title: Central parity of the yuan against the US dollar
                rate: {unit: yuan, per: US$}
                observations:
                  - {period: 2024-12-31, amount: "7.1884", published: 2024-12-31, source: s, status: secondary}
            """;
    private static final String EXPORTS = """
              - id: cn-exports-usd
                title: China's exports in US$
                observations:
                  - {period: 2024, amount: "US$3.58 trillion", published: 2025-01-13, source: s, status: secondary}
              - id: cn-exports-cny
                title: China's exports in yuan
                observations:
                  - {period: 2024, amount: "25.45 trillion yuan", published: 2025-01-13, source: s, status: secondary}
            """;

    @TempDir
    Path tmp;

    /** A facts directory of one article of 2025-01-13 whose text is the claims' quotes. */
    private Path facts(String reference, String claims) throws IOException {
        Path article = Files.createDirectories(tmp.resolve("facts/articles/a"));
        Files.createDirectories(tmp.resolve("facts/reference"));
        Files.writeString(tmp.resolve("facts/reference/r.yaml"), reference, StandardCharsets.UTF_8);
        Files.writeString(article.resolve("claims.yaml"), "article: {title: t, outlet: o, published: 2025-01-13}\nclaims:\n"
                + claims, StandardCharsets.UTF_8);
        String text = String.join("\n", claims.lines().filter(l -> l.contains("quote: \""))
                .map(l -> l.substring(l.indexOf("quote: \"") + 8, l.indexOf('"', l.indexOf("quote: \"") + 8))).toList());
        Files.writeString(article.resolve("article.txt"), text, StandardCharsets.UTF_8);
        return tmp.resolve("facts");
    }

    private static Cli verify(Path facts) {
        return Cli.run("verify", "--facts", facts.toString(), "--format", "github");
    }

    @Test
    void aConversionIsCheckedThroughTheRateWithItsChain() throws IOException {
        Cli cli = verify(facts(SOURCES + "series:\n" + PARITY, """
                  - {id: right, kind: conversion, quote: "25.45 trillion yuan (US$3.54 trillion)", amount: 25.45 trillion yuan,
                     converted: US$3.54 trillion, rate: cny-per-usd-central-parity, on: 2024-12-31}
                  - {id: five-off, kind: conversion, quote: "25.45 trillion yuan (US$3.72 trillion)", amount: 25.45 trillion yuan,
                     converted: US$3.72 trillion, rate: cny-per-usd-central-parity, on: 2024-12-31}
                """));
        assertEquals(1, cli.exitCode(), cli.toString());
        assertContainsAll(cli.out(), "title=conversion-matches-rate::five-off: US$3.72 trillion [claim five-off] = (25.45 trillion yuan"
                + " [claim five-off] ÷ 7.1884 [cny-per-usd-central-parity 2024-12-31, published 2024-12-31 (s)]"
                + " = US$3.54043 ± 0.00073 trillion): fails");
        assertFalse(cli.out().contains("::right:"), cli.out());
    }

    @Test
    void aYuanLevelComparedWithAUsDollarOneIsAnErrorNamingBoth() throws IOException {
        Cli cli = verify(facts(SOURCES + "series:\n" + EXPORTS, """
                  - {id: yuan, kind: level, quote: "25.45 trillion yuan in 2024", metric: cn-exports-cny, period: 2024, amount: 25.45 trillion yuan}
                  - {id: usd, kind: level, quote: "US$3.58 trillion in 2024", metric: cn-exports-usd, period: 2024, amount: US$3.58 trillion}
                  - {id: more, kind: comparison, quote: "more than", subject: yuan, relation: above, object: usd}
                """));
        assertEquals(1, cli.exitCode(), cli.toString());
        assertEquals("", cli.err(), cli.toString());
        assertContainsAll(cli.out(), "title=comparison-holds::more: cannot compare 25.45 trillion yuan [claim yuan] and"
                + " US$3.58 trillion [claim usd]: yuan and US$ never mix without an exchange rate (a conversion claim"
                + " states an amount in the other currency)");
    }

    /** Reference data or a claim that would mix units: refused at load, one line at the entry. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a yuan level of a US$ series | cn-exports-usd | 25.45 trillion yuan | 2024, amount: "US$3.58 trillion" | the amount of a level claim of cn-exports-usd, which is in US$, must be stated in US$, but '25.45 trillion yuan' is in yuan
            a yuan value in a US$ series | cn-exports-usd | US$3.58 trillion    | 2023, amount: "24 trillion yuan"  | the values of series cn-exports-usd must share one unit, but 2023, 24 trillion yuan is in yuan and 2024, US$3.58 trillion in US$; a series in another currency is a series of its own
            """)
    void aMixAtLoadIsOneLine(String name, String metric, String amount, String otherValue, String message) throws IOException {
        Path facts = facts(SOURCES + """
                series:
                  - id: cn-exports-usd
                    title: China's exports in US$
                    observations:
                      - {period: 2024, amount: "US$3.58 trillion", published: 2025-01-13, source: s, status: secondary}
                      - {period: %s, published: 2025-01-13, source: s, status: secondary}
                """.formatted(otherValue), """
                  - {id: level, kind: level, quote: "%s in 2024", metric: %s, period: 2024, amount: %s}
                """.formatted(amount, metric, amount));
        Cli cli = verify(facts);
        assertEquals(2, cli.exitCode(), cli.toString());
        assertContainsAll(cli.err(), message);
        assertEquals(2, cli.err().lines().count(), cli.err());
    }

    /** A reference file that declares or uses units wrongly: the message each gives. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            rate: {unit: yen, per: US$}          | "7.1884"         | has unit 'yen', which is not a currency claimcheck knows (US$, yuan)
            rate: {unit: yuan, per: yuan}        | "7.1884"         | the rate of series x is of yuan per yuan: an exchange rate is between two currencies
            rate: {unit: yuan, per: US$}         | "7.1884 yuan"    | the values of exchange-rate series x are plain numbers (e.g. "7.1884"), since its rate: declares the currencies, but '7.1884 yuan' is in yuan
            rate: {unit: yuan}                   | "7.1884"         | the rate of series x has no 'per'
            """)
    void aBadRateDeclarationIsRefused(String declaration, String value, String message) throws IOException {
        Path facts = facts(SOURCES + """
                series:
                  - id: x
                    title: a rate
                    %s
                    observations:
                      - {period: 2024-12-31, amount: %s, published: 2024-12-31, source: s, status: secondary}
                """.formatted(declaration, value), """
                  - {id: c, kind: conversion, quote: "25.45 trillion yuan (US$3.54 trillion)", amount: 25.45 trillion yuan,
                     converted: US$3.54 trillion, rate: x, on: 2024-12-31}
                """);
        Cli cli = verify(facts);
        assertEquals(2, cli.exitCode(), cli.toString());
        assertContainsAll(cli.err(), "r.yaml:", message);
    }

    @Test
    void eventsAndRankingsKeepOneUnit() throws IOException {
        Path facts = facts(SOURCES + """
                events:
                  - {id: e, title: t, actor: a, type: tariff, date: 2024-01-01, rates: [US$10 billion],
                     coverage: [US$300 billion, 50 billion yuan], source: s}
                rankings:
                  - {measure: m, title: t, year: 2024, published: 2025-01-01, source: s,
                     entries: [{subject: a, value: "US$27 trillion"}, {subject: b, value: "130 trillion yuan"}]}
                """, """
                  - {id: w, kind: weekday, quote: "Monday, Jan 13", date: 2025-01-13, weekday: monday}
                """);
        Cli cli = verify(facts);
        assertEquals(2, cli.exitCode(), cli.toString());
        assertContainsAll(cli.err(),
                "the coverage of event e must share one unit, but 50 billion yuan is in yuan and US$300 billion in US$",
                "the rates of event e must be stated in per cent, but 'US$10 billion' is in US$",
                "the entries of ranking m 2024 must share one unit, but b, 130 trillion yuan is in yuan and a, US$27 trillion in US$");
    }
}
