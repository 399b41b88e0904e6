package dev.claimcheck.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import java.util.Optional;

/**
 * Every claim kind, in one list: Jackson reads {@code kind:} by it, lint suggests its names, the
 * authoring guide and the JSON Schema are tested against it. A new kind is one class here.
 */
public final class ClaimKinds {
    private static final List<Class<? extends Claim>> ALL = List.of(
            LevelClaim.class, PeakClaim.class, ChangeClaim.class, ComparisonClaim.class, WeekdayClaim.class,
            TimeClaim.class, OfficeClaim.class, PredecessorClaim.class, RateClaim.class, RankClaim.class,
            SequenceClaim.class, EventClaim.class, PercentChangeClaim.class, ShareClaim.class, MultipleClaim.class,
            RecordClaim.class, ConversionClaim.class);

    private ClaimKinds() {
    }

    public static List<Class<? extends Claim>> types() {
        return ALL;
    }

    /** The kind names as written in claims files, e.g. "level". */
    public static List<String> names() {
        return ALL.stream().map(ClaimKinds::name).toList();
    }

    public static String name(Class<? extends Claim> type) {
        return type.getAnnotation(JsonTypeName.class).value();
    }

    public static Optional<Class<? extends Claim>> named(String kind) {
        return ALL.stream().filter(type -> name(type).equals(kind)).findFirst();
    }
}
