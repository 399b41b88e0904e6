package dev.claimcheck.report.html;

import dev.claimcheck.model.Observation;
import dev.claimcheck.model.Period;
import dev.claimcheck.model.Series;
import dev.claimcheck.number.Quantity;
import dev.claimcheck.number.Scale;
import dev.claimcheck.number.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * An SVG chart of one series at one granularity: each period's value in force on the article's date
 * joined by a line, the values of other vintages as hollow dots, and the values the article claims as
 * rings with a bar over their stated precision. Periods lie by their distance in time, so gaps show.
 * Coordinates are worked out here in exact decimals and only rounded to a tenth of a pixel.
 */
final class SeriesChart {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 260;
    private static final int LEFT = 64;
    private static final int RIGHT = 40;
    private static final int TOP = 14;
    private static final int BOTTOM = 34;
    /** The width an x label takes, so that labels never overlap: "2024-12-31" at 12px. */
    private static final BigDecimal LABEL_ROOM = BigDecimal.valueOf(72);
    private static final BigDecimal CAP = BigDecimal.valueOf(6);
    private static final MathContext MATH = MathContext.DECIMAL64;

    /** A value the article claims for a period of the series. */
    record Claimed(Period period, Quantity value, Look look, String label) {
    }

    private final Series series;
    private final Period.Granularity granularity;
    private final LocalDate articleDate;
    private final List<Observation> observations;
    private final List<Claimed> claimed;
    private final List<Period> periods;
    private final Unit unit;
    private final Scale scale;
    private BigDecimal bottomValue;
    private BigDecimal topValue;
    /** Made with the chart: they fix the value range every height is measured in. */
    private final List<View.Tick> yTicks;

    SeriesChart(Series series, Period.Granularity granularity, LocalDate articleDate, List<Claimed> claimed) {
        this.series = series;
        this.granularity = granularity;
        this.articleDate = articleDate;
        this.observations = series.getObservations().stream()
                .filter(o -> o.getPeriod().getGranularity() == granularity).toList();
        this.claimed = claimed.stream().filter(c -> c.period().getGranularity() == granularity).toList();
        this.periods = new ArrayList<>(new TreeSet<>(Stream.concat(observations.stream().map(Observation::getPeriod),
                this.claimed.stream().map(Claimed::period)).toList()));
        Quantity first = observations.isEmpty() ? this.claimed.get(0).value() : observations.get(0).getValue();
        this.unit = first.getUnit();
        this.scale = first.getScale() == Scale.ONE ? Scale.ONE : readableScale(values());
        this.yTicks = yTicks();
    }

    /** Whether there is anything to draw at this granularity. */
    boolean isEmpty() {
        return periods.isEmpty();
    }

    View.ChartView view(String anchor) {
        List<View.Line> lines = new ArrayList<>();
        List<View.Dot> dots = new ArrayList<>();
        Map<Period, Observation> inForce = inForce();
        lines.add(new View.Line("in-force", points(inForce.values().stream().toList()),
                "in force on " + articleDate));
        // Other vintages first, so that the values in force are drawn over them.
        List<Observation> inForceLast = observations.stream()
                .sorted(Comparator.comparing(o -> inForce.get(o.getPeriod()) == o)).toList();
        for (Observation o : inForceLast) {
            boolean current = inForce.get(o.getPeriod()) == o;
            String kind = current ? "in-force" : o.getPublished().isAfter(articleDate) ? "later" : "earlier";
            dots.add(new View.Dot(kind, x(o.getPeriod()), y(o.getValue().getMidpoint()),
                    o.getPeriod() + ": " + o.getAmount() + ", published " + o.getPublishedAsWritten()
                            + (current ? " (in force on " + articleDate + ")" : "")));
        }
        List<View.Bar> bars = claimed.stream().filter(c -> c.value().getMidpoint() != null).map(this::bar).toList();
        String unitWords = unit.format("", scale).strip();
        return new View.ChartView(anchor, series.getId(), series.getTitle(),
                series.getId() + ", " + granularity.word() + "ly values" + (unitWords.isEmpty() ? "" : ", in " + unitWords),
                String.valueOf(WIDTH), String.valueOf(HEIGHT), String.valueOf(LEFT), String.valueOf(WIDTH - RIGHT),
                String.valueOf(LEFT - 6), String.valueOf(HEIGHT - BOTTOM + 20), yTicks, xTicks(), lines, dots, bars, legend());
    }

    private List<String> legend() {
        List<String> legend = new ArrayList<>();
        legend.add("solid line and dots: the value in force on the article's date, " + articleDate);
        if (observations.stream().anyMatch(o -> o.getPublished().isAfter(articleDate))) {
            legend.add("hollow dots, dotted: vintages published after the article");
        }
        if (observations.size() > inForce().size()) {
            legend.add("hollow dots: earlier vintages, since revised");
        }
        if (!claimed.isEmpty()) {
            legend.add("rings with bars: the article's claims, the bar spanning the stated precision");
        }
        return legend;
    }

    /** For each period, the latest observation published by the article's date. */
    private Map<Period, Observation> inForce() {
        Map<Period, Observation> inForce = new TreeMap<>();
        observations.stream().filter(o -> !o.getPublished().isAfter(articleDate))
                .sorted(Comparator.comparing(Observation::getPublished))
                .forEach(o -> inForce.put(o.getPeriod(), o));
        return inForce;
    }

    private String points(List<Observation> line) {
        return String.join(" ", line.stream().map(o -> x(o.getPeriod()) + "," + y(o.getValue().getMidpoint())).toList());
    }

    private View.Bar bar(Claimed c) {
        BigDecimal x = xValue(c.period());
        String low = y(Optional.ofNullable(c.value().getLow()).orElse(toBase(bottomValue)));
        String high = y(Optional.ofNullable(c.value().getHigh()).orElse(toBase(topValue)));
        return new View.Bar(c.look().verdictClass(), pixel(x), low, high, pixel(x.subtract(CAP)), pixel(x.add(CAP)),
                y(c.value().getMidpoint()), c.label());
    }

    /** Every value drawn, in base units. */
    private List<BigDecimal> values() {
        List<BigDecimal> values = new ArrayList<>();
        observations.forEach(o -> values.add(o.getValue().getMidpoint()));
        claimed.forEach(c -> Stream.of(c.value().getLow(), c.value().getHigh(), c.value().getMidpoint())
                .filter(v -> v != null).forEach(values::add));
        return values;
    }

    /** The largest scale word in which the largest value is still at least 1: US$2.59 trillion, not US$2,585,066,668 thousand. */
    private static Scale readableScale(List<BigDecimal> values) {
        BigDecimal largest = values.stream().map(BigDecimal::abs).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        Scale readable = Scale.ONE;
        for (Scale candidate : Scale.values()) {
            if (candidate.toBase(BigDecimal.ONE).compareTo(largest) <= 0) {
                readable = candidate;
            }
        }
        return readable;
    }

    private List<View.Tick> yTicks() {
        List<BigDecimal> values = values();
        BigDecimal min = scale.fromBase(values.stream().min(BigDecimal::compareTo).orElse(BigDecimal.ZERO));
        BigDecimal max = scale.fromBase(values.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ONE));
        BigDecimal step = niceStep(max.subtract(min));
        bottomValue = min.divide(step, 0, RoundingMode.FLOOR).multiply(step);
        topValue = max.divide(step, 0, RoundingMode.CEILING).multiply(step);
        if (topValue.compareTo(bottomValue) == 0) {
            topValue = topValue.add(step);
        }
        List<View.Tick> ticks = new ArrayList<>();
        for (BigDecimal v = bottomValue; v.compareTo(topValue) <= 0; v = v.add(step)) {
            // The caption names the unit and scale ("in US$ billion"): the ticks are plain numbers.
            ticks.add(new View.Tick(y(toBase(v)), v.stripTrailingZeros().toPlainString()));
        }
        return ticks;
    }

    /** A step of 1, 2 or 5 times a power of ten that cuts the range into four to ten parts. */
    static BigDecimal niceStep(BigDecimal range) {
        if (range.signum() <= 0) {
            return BigDecimal.ONE;
        }
        BigDecimal rough = range.divide(BigDecimal.valueOf(4), MATH);
        BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(rough.precision() - rough.scale() - 1);
        for (int factor : new int[] {1, 2, 5}) {
            BigDecimal step = power.multiply(BigDecimal.valueOf(factor));
            if (step.compareTo(rough) >= 0) {
                return step;
            }
        }
        return power.multiply(BigDecimal.TEN);
    }

    /** A label under the first and the last period, and under each other one with room for it. */
    private List<View.Tick> xTicks() {
        List<View.Tick> ticks = new ArrayList<>();
        BigDecimal last = xValue(periods.get(periods.size() - 1));
        BigDecimal previous = null;
        for (Period period : periods) {
            BigDecimal x = xValue(period);
            boolean isLast = x.compareTo(last) == 0;
            boolean room = previous == null || x.subtract(previous).compareTo(LABEL_ROOM) >= 0
                    && (isLast || last.subtract(x).compareTo(LABEL_ROOM) >= 0);
            if (room || isLast) {
                ticks.add(new View.Tick(pixel(x), period.toString()));
                previous = x;
            }
        }
        return ticks;
    }

    private BigDecimal toBase(BigDecimal display) {
        return scale.toBase(display);
    }

    private String x(Period period) {
        return pixel(xValue(period));
    }

    private BigDecimal xValue(Period period) {
        int plot = WIDTH - LEFT - RIGHT;
        long span = periods.get(0).stepsTo(periods.get(periods.size() - 1));
        if (span == 0) {
            return BigDecimal.valueOf(LEFT + plot / 2);
        }
        BigDecimal share = BigDecimal.valueOf(periods.get(0).stepsTo(period)).divide(BigDecimal.valueOf(span), MATH);
        return BigDecimal.valueOf(LEFT).add(share.multiply(BigDecimal.valueOf(plot)));
    }

    /** The height of a value in base units: the top of the plot for its highest tick, the bottom for its lowest. */
    private String y(BigDecimal base) {
        BigDecimal value = scale.fromBase(base);
        BigDecimal share = topValue.subtract(value).divide(topValue.subtract(bottomValue), MATH);
        return pixel(BigDecimal.valueOf(TOP).add(share.multiply(BigDecimal.valueOf(HEIGHT - TOP - BOTTOM))));
    }

    private static String pixel(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
