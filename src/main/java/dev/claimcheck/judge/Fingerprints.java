package dev.claimcheck.judge;

import dev.claimcheck.engine.Check;
import dev.claimcheck.model.Claim;
import dev.claimcheck.number.Quantity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Identifies a finding by what it is about (the rule, the claim, the values the claim states and the
 * sources its numbers came from), never by line numbers, so that it stays the same when unrelated
 * lines of a file move, and changes when a value it judged changes.
 */
public final class Fingerprints {
    private Fingerprints() {
    }

    public static String of(Check check) {
        String subject = check.comparison() == null ? "" : Stream.of(check.comparison().getLeft(),
                        check.comparison().getRight())
                .flatMap(q -> q.getSources().stream())
                .map(q -> q.getProvenance() == null ? "" : q.getProvenance().label())
                .collect(Collectors.joining("|"));
        return of(check.rule().id(), check.claim().getId(), check.outcome().word(), subject, values(check.claim()));
    }

    /** The values the claim states and the ids it gives: a finding about a changed value is a new finding. */
    private static String values(Claim claim) {
        return Stream.concat(claim.getQuotedValues().stream().map(v -> v.field() + "=" + v.value()),
                        claim.getReferences().stream().map(r -> r.field() + "=" + r.id()))
                .collect(Collectors.joining("|"));
    }

    public static String of(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
