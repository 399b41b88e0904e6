package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.DayOfWeek;
import java.time.LocalDate;

/** "On Friday (Feb 21)": a date named with its day of the week. */
@JsonTypeName("weekday")
public class WeekdayClaim extends Claim {
    @JsonProperty(required = true)
    @Quoted(Quoted.WrittenAs.DATE)
    private LocalDate date;
    @JsonProperty(required = true)
    @Quoted(Quoted.WrittenAs.WEEKDAY)
    private DayOfWeek weekday;

    public LocalDate getDate() {
        return date;
    }

    public DayOfWeek getWeekday() {
        return weekday;
    }

    /** The day of the week the calendar gives for the date. */
    public DayOfWeek getActualWeekday() {
        return date.getDayOfWeek();
    }
}
