package dev.claimcheck.model;

import dev.claimcheck.number.Amount;
import dev.claimcheck.number.Scale;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether a claim's quote states one of its values, and what the quote says instead: the reading behind
 * the rule {@code quote-supports-value}. Words come from {@link Vocabulary}, office names from reference
 * data. A value the quote leaves implicit is supported when the quote's time words resolve to it on the
 * article's date ("last year" in 2025 states 2024; "on Friday" states the Friday before the date).
 */
public final class QuoteReading {
    /** Runs of white space, compiled once: String.replaceAll compiles its pattern on every call. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])(1[89]\\d\\d|2\\d\\d\\d)(?![\\d])");
    private static final List<String> YEAR_WORDS = List.of("last year", "this year");
    private static final Map<Month, Pattern> MONTH_DAYS = monthDayPatterns();

    private final QuotedValue value;
    private final boolean supports;
    private final String says;
    private final String words;

    private QuoteReading(QuotedValue value, boolean supports, String says) {
        this(value, supports, says, says);
    }

    /** @param words the words of the quote that state the value, when they differ from what it says */
    private QuoteReading(QuotedValue value, boolean supports, String says, String words) {
        this.value = value;
        this.supports = supports;
        this.says = says;
        this.words = words;
    }

    /** How the claim's quote reads for one of its values; none when the value names nothing known (an unknown office). */
    public static List<QuoteReading> of(QuotedValue value, Claim claim, ReferenceCatalog catalog) {
        String quote = claim.getQuote();
        LocalDate published = claim.getPublished();
        Object v = value.value();
        QuoteReading reading = switch (value.form()) {
            case AMOUNT -> amount(value, (Amount) v, quote);
            case PERIOD -> period(value, v instanceof Integer year ? Period.year(year) : (Period) v, quote, published);
            case DATE -> date(value, (LocalDate) v, quote, published);
            case WEEKDAY -> found(value, hasWeekday(quote, (DayOfWeek) v), dayName((DayOfWeek) v));
            case WORDS -> found(value, normalised(quote).contains(normalised(v.toString())), "\"" + v + "\"");
            case PERSON -> found(value, namesPerson(quote, v.toString()), v.toString());
            case OFFICE -> office(value, v.toString(), quote, catalog);
            case TENURE -> tenure(value, (OfficeClaim.Tenure) v, quote);
            case DIRECTION -> meaning(value, quote, "directions", v.toString().toLowerCase(Locale.ROOT));
            case RELATION -> meaning(value, quote, "relations", v.toString().toLowerCase(Locale.ROOT));
            case RANK -> rank(value, (Integer) v, quote);
            case BASIS -> meaning(value, quote, "bases", v.toString());
            case EXTREME -> extreme(value, (Extreme) v, quote);
        };
        return reading == null ? List.of() : List.of(reading);
    }

    public QuotedValue getValue() {
        return value;
    }

    /** Whether the quote states the value. */
    public boolean isSupported() {
        return supports;
    }

    /** "the quote states US$295.4 billion", or "the claim says ..., but the quote says ...". */
    public String describe() {
        return supports ? "the quote states " + says : "the claim's " + value.field() + " is "
                + show(value) + ", but the quote " + says;
    }

    /**
     * For a reviewer of a draft, what filled the field: the quote's words ("US$20 billion", "2024 ("last
     * year" in an article of 2025-01-13)"), or "2024, not in the quote (it says 2023)".
     */
    public String filledWith() {
        return supports ? words : show(value) + ", not in the quote (it " + says + ")";
    }

    @Override
    public String toString() {
        return describe();
    }

    private static String show(QuotedValue value) {
        Object v = value.value();
        return v instanceof DayOfWeek day ? dayName(day) : v instanceof Enum<?> e ? e.toString().toLowerCase(Locale.ROOT) : v.toString();
    }

    private static QuoteReading found(QuotedValue value, boolean found, String what) {
        return new QuoteReading(value, found, found ? what : "does not say " + what);
    }

    private static QuoteReading amount(QuotedValue value, Amount claimed, String quote) {
        List<Amount> written = Amount.findIn(quote);
        Optional<Amount> stating = written.stream().filter(claimed::isStatedBy).findFirst();
        if (stating.isPresent()) {
            return new QuoteReading(value, true, claimed.getText(), "\"" + stating.get().getText() + "\"");
        }
        // Bare numbers such as years are shown only when the quote has no figure like the claimed one.
        List<Amount> alike = written.stream()
                .filter(w -> w.getUnit() == claimed.getUnit() || w.getScale() != Scale.ONE).toList();
        List<Amount> shown = alike.isEmpty() ? written : alike;
        return new QuoteReading(value, false, shown.isEmpty() ? "states no amount"
                : "says " + shown.stream().map(Amount::getText).collect(Collectors.joining(", ")));
    }

    private static QuoteReading period(QuotedValue value, Period period, String quote, LocalDate published) {
        return switch (period.getGranularity()) {
            case YEAR -> year(value, period.getYear(), quote, published);
            case DAY -> date(value, period.getStart(), quote, published);
            default -> PeriodMentions.stated(period, quote, published)
                    .map(says -> new QuoteReading(value, true, says))
                    .orElseGet(() -> new QuoteReading(value, false, PeriodMentions.named(quote).isEmpty()
                            ? "does not name " + period.describe() : "says " + String.join(", ", PeriodMentions.named(quote))));
        };
    }

    private static QuoteReading year(QuotedValue value, int year, String quote, LocalDate published) {
        List<String> years = new ArrayList<>();
        Matcher m = YEAR.matcher(quote);
        while (m.find()) {
            years.add(m.group(1));
            if (Integer.parseInt(m.group(1)) == year) {
                return new QuoteReading(value, true, String.valueOf(year));
            }
        }
        for (String words : YEAR_WORDS) {
            Optional<DateSpan> span = RelativeTime.resolve(words, published).stream().findFirst();
            if (Vocabulary.has(quote, words) && span.isPresent() && span.get().start().getYear() == year) {
                return new QuoteReading(value, true, year + " (\"" + words + "\" in an article of " + published + ")");
            }
        }
        return new QuoteReading(value, false, years.isEmpty() ? "states no year" : "says " + String.join(", ", years));
    }

    private static QuoteReading date(QuotedValue value, LocalDate date, String quote, LocalDate published) {
        List<MonthDay> written = monthDays(quote);
        if (!written.isEmpty()) {
            boolean same = written.stream().anyMatch(d -> d.month() == date.getMonth() && d.day() == date.getDayOfMonth());
            return new QuoteReading(value, same, same ? date.toString()
                    : "says " + written.stream().map(MonthDay::toString).collect(Collectors.joining(", ")));
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            if (hasWeekday(quote, day)) {
                LocalDate meant = RelativeTime.resolve(dayName(day), published).get(0).start();
                return new QuoteReading(value, meant.equals(date), meant.equals(date)
                        ? date + " (\"" + dayName(day) + "\" in an article of " + published + ")"
                        : "says " + dayName(day) + ", which in an article of " + published + " is " + meant);
            }
        }
        return new QuoteReading(value, false, "states no date");
    }

    private record MonthDay(Month month, int day) {
        @Override
        public String toString() {
            return month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + day;
        }
    }

    /** "Feb 21", "21 February", "February 21, 2025": the month and day of every date written in the text. */
    private static List<MonthDay> monthDays(String text) {
        List<MonthDay> found = new ArrayList<>();
        MONTH_DAYS.forEach((month, pattern) -> {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                found.add(new MonthDay(month, Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2))));
            }
        });
        return found;
    }

    /** For each month, a pattern for a day written with its name or an abbreviation, either way round. */
    private static Map<Month, Pattern> monthDayPatterns() {
        Map<Month, Pattern> patterns = new EnumMap<>(Month.class);
        for (Month month : Month.values()) {
            List<String> names = new ArrayList<>(Vocabulary.words("months", month.name().toLowerCase(Locale.ROOT)));
            names.add(month.name().toLowerCase(Locale.ROOT));
            String name = names.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
            patterns.put(month, Pattern.compile("(?i)(?<![\\p{L}])(?:(\\d{1,2})\\s+" + name + "\\.?|" + name
                    + "\\.?\\s+(\\d{1,2}))(?![\\p{L}\\d])"));
        }
        return patterns;
    }

    private static boolean hasWeekday(String quote, DayOfWeek day) {
        return Vocabulary.has(quote, dayName(day)) || Vocabulary.has(quote, day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
    }

    private static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** The full name, or the last word of it (the surname in Western order), as written. */
    private static boolean namesPerson(String quote, String person) {
        String[] parts = person.strip().split("\\s+");
        return hasExactly(quote, person.strip()) || hasExactly(quote, parts[parts.length - 1]);
    }

    private static boolean hasExactly(String text, String word) {
        return WholeWords.in(text, word);
    }

    /**
     * An office is named when its title or an alias is in the quote and no longer name of another office
     * covers it ("Vice Premier" names the vice premier, not the premier).
     */
    private static QuoteReading office(QuotedValue value, String id, String quote, ReferenceCatalog catalog) {
        Optional<Office> claimed = catalog.getOffices().stream().filter(o -> o.getId().equals(id)).findFirst();
        if (claimed.isEmpty()) {
            return null;
        }
        List<Office> named = officesNamed(quote, catalog.getOffices());
        if (named.contains(claimed.get())) {
            return new QuoteReading(value, true, claimed.get().getTitle());
        }
        return new QuoteReading(value, false, named.isEmpty()
                ? "names none of its titles (" + String.join(", ", claimed.get().getNames()) + ")"
                : "names " + named.stream().map(Office::getTitle).collect(Collectors.joining(" or ")));
    }

    private record Mention(Office office, int start, int end) {
        boolean covers(Mention other) {
            return office != other.office && start <= other.start && end >= other.end && end - start > other.end - other.start;
        }
    }

    /** The offices whose names occur in the quote, each at least once not inside a longer name of another office. */
    private static List<Office> officesNamed(String quote, List<Office> offices) {
        String text = quote.toLowerCase(Locale.ROOT);
        List<Mention> mentions = new ArrayList<>();
        for (Office office : offices) {
            for (String name : office.getNames()) {
                String folded = name.toLowerCase(Locale.ROOT);
                for (int at = WholeWords.indexOf(text, folded, 0); at >= 0;
                        at = WholeWords.indexOf(text, folded, at + folded.length())) {
                    mentions.add(new Mention(office, at, at + folded.length()));
                }
            }
        }
        return mentions.stream()
                .filter(mention -> mentions.stream().noneMatch(other -> other.covers(mention)))
                .map(Mention::office)
                .distinct()
                .toList();
    }

    private static QuoteReading tenure(QuotedValue value, OfficeClaim.Tenure tenure, String quote) {
        List<String> former = Vocabulary.words("tenure", "former");
        boolean saysFormer = Vocabulary.hasAny(quote, former);
        boolean holds = saysFormer == (tenure == OfficeClaim.Tenure.FORMER);
        return new QuoteReading(value, holds, holds ? show(value)
                : saysFormer ? "calls the person former" : "does not say former (" + String.join(", ", former) + ")");
    }

    private static QuoteReading meaning(QuotedValue value, String quote, String group, String meaning) {
        List<String> words = Vocabulary.words(group, meaning);
        Optional<String> used = words.stream().filter(word -> Vocabulary.has(quote, word)).findFirst();
        if (used.isPresent()) {
            return new QuoteReading(value, true, meaning + " (\"" + used.get() + "\")");
        }
        List<String> others = Vocabulary.meanings(group).stream()
                .filter(other -> !other.equals(meaning) && Vocabulary.hasAny(quote, Vocabulary.words(group, other)))
                .toList();
        return new QuoteReading(value, false, others.isEmpty() ? "has no word for " + meaning
                : "says " + String.join(" or ", others));
    }

    /** "Record low" holds "record", a word of highs: so a word of lows, when there is one, decides. */
    private static QuoteReading extreme(QuotedValue value, Extreme extreme, String quote) {
        boolean low = Vocabulary.hasAny(quote, Vocabulary.words("extremes", "lowest"));
        if (low == (extreme == Extreme.LOWEST)) {
            return meaning(value, quote, "extremes", extreme.word());
        }
        return new QuoteReading(value, false, low ? "says lowest" : "has no word for lowest");
    }

    private static QuoteReading rank(QuotedValue value, int top, String quote) {
        String word = Vocabulary.numberWord(top);
        boolean stated = hasExactly(quote, String.valueOf(top)) || word != null && Vocabulary.has(quote, word);
        boolean otherNumber = false;
        for (int n = 2; n < 13 && !stated; n++) {
            String other = Vocabulary.numberWord(n);
            otherNumber |= hasExactly(quote, String.valueOf(n)) || other != null && Vocabulary.has(quote, other);
        }
        boolean holds = stated || top == 1 && !otherNumber;
        return new QuoteReading(value, holds, holds ? "the top " + top : "does not say the top " + top);
    }

    private static String normalised(String text) {
        return SPACES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
