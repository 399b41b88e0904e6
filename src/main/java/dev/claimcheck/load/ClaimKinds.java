package dev.claimcheck.load;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.claimcheck.model.Claim;
import java.util.Arrays;
import java.util.List;

/** The claim kinds a claims file may use, read from the model's annotations so that they never drift. */
public final class ClaimKinds {
    private ClaimKinds() {
    }

    public static List<String> names() {
        return Arrays.stream(Claim.class.getAnnotation(JsonSubTypes.class).value())
                .map(type -> type.value().getAnnotation(JsonTypeName.class).value())
                .toList();
    }
}
