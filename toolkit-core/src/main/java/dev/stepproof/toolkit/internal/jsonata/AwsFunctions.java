package dev.stepproof.toolkit.internal.jsonata;

import com.dashjoin.jsonata.Functions;
import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Jsonata.JFunction;
import com.dashjoin.jsonata.Utils;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The functions AWS adds to JSONata (ASL-SEMANTICS §3.8) and the ones StepProof ties to the execution.
 *
 * <p>{@code $partition}, {@code $range}, {@code $hash} and {@code $parse} are pure: one shared instance each,
 * registered on an expression when it is compiled. {@code $random}, {@code $uuid} and {@code $shuffle} draw from
 * the execution's seeded random source and {@code $now}/{@code $millis} read its virtual clock, so they are
 * bound per evaluation, and only for expressions that mention them. {@code $eval} is removed, as on AWS:
 * calling it fails with {@code T1006: Attempted to invoke a non-function}.
 */
final class AwsFunctions {
    /** Names that {@link #registerPure} or {@link #bindScoped} give a meaning. */
    static final Set<String> NAMES = Set.of("partition", "range", "hash", "parse", "eval", "random", "uuid",
            "shuffle", "now", "millis");
    /** The algorithms of {@code $hash}, as AWS spells them. */
    static final List<String> HASH_ALGORITHMS = List.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");
    /** AWS documents no limit; this one keeps a typo such as {@code $range(0, 1e12, 1)} from exhausting memory. */
    static final int MAX_RANGE = 1_000_000;

    private static final ObjectReader JSON = new ObjectMapper().readerFor(JsonNode.class)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final JFunction PARTITION = new JFunction((input, args) -> partition(args), null);
    private static final JFunction RANGE = new JFunction((input, args) -> range(args), null);
    private static final JFunction HASH = new JFunction((input, args) -> hash(args), null);
    private static final JFunction PARSE = new JFunction((input, args) -> parse(args), null);

    private AwsFunctions() {
    }

    /** Registers on {@code compiled} the pure functions (and the removal of {@code $eval}) that {@code names} mentions. */
    static void registerPure(Jsonata compiled, Set<String> names) {
        if (names.contains("partition")) {
            compiled.registerFunction("partition", PARTITION);
        }
        if (names.contains("range")) {
            compiled.registerFunction("range", RANGE);
        }
        if (names.contains("hash")) {
            compiled.registerFunction("hash", HASH);
        }
        if (names.contains("parse")) {
            compiled.registerFunction("parse", PARSE);
        }
        if (names.contains("eval")) {
            compiled.assign("eval", null);
        }
    }

    /** Binds into one evaluation's frame the functions of {@code names} that depend on the execution. */
    static void bindScoped(Jsonata.Frame frame, Set<String> names, JsonataScope scope) {
        if (names.contains("random")) {
            frame.bind("random", (Object) new JFunction((input, args) -> random(args, scope), null));
        }
        if (names.contains("uuid")) {
            frame.bind("uuid", (Object) new JFunction((input, args) -> uuid(scope), null));
        }
        if (names.contains("shuffle")) {
            frame.bind("shuffle", (Object) new JFunction((input, args) -> shuffle(args, scope), null));
        }
        if (names.contains("now")) {
            frame.bind("now", (Object) new JFunction((input, args) -> Functions.dateTimeFromMillis(scope.nowMillis(),
                    FunctionArgs.string(args, 0, "now", true), FunctionArgs.string(args, 1, "now", true)), null));
        }
        if (names.contains("millis")) {
            frame.bind("millis", (Object) new JFunction((input, args) -> scope.nowMillis(), null));
        }
    }

    /** {@code $partition(array, size)}: consecutive chunks of {@code size}, the last possibly shorter. */
    static Object partition(List<?> args) {
        List<?> array = FunctionArgs.array(args, 0, "partition");
        long size = FunctionArgs.whole(args, 1, "partition");
        if (array == null) {
            return null;
        }
        if (size < 1) {
            throw new FunctionArgs.FunctionError("The size argument of $partition must be a positive integer, but was " + size);
        }
        List<Object> chunks = new ArrayList<>();
        for (int from = 0; from < array.size(); from += (int) Math.min(size, Integer.MAX_VALUE)) {
            chunks.add(new ArrayList<>(array.subList(from, (int) Math.min(array.size(), from + size))));
        }
        return chunks;
    }

    /**
     * {@code $range(start, end, step)}: start to end inclusive. The result is a JSONata sequence, so a single
     * element collapses to a scalar as AWS recorded: {@code $range(1, 9, 9)} is {@code 1}.
     */
    static Object range(List<?> args) {
        double start = FunctionArgs.numberArg(args, 0, "range");
        double end = FunctionArgs.numberArg(args, 1, "range");
        double step = args.size() > 2 && FunctionArgs.present(args.get(2)) ? FunctionArgs.numberArg(args, 2, "range") : 1;
        if (step == 0) {
            throw new FunctionArgs.FunctionError("The step argument of $range must not be 0");
        }
        double count = Math.floor((end - start) / step) + 1;
        if (count > MAX_RANGE) {
            throw new FunctionArgs.FunctionError("$range would produce " + (long) count + " items, more than " + MAX_RANGE);
        }
        List<Object> out = Utils.createSequence();
        for (long i = 0; i < count; i++) {
            out.add(Utils.convertNumber(start + i * step));
        }
        return out;
    }

    /** {@code $hash(value, algorithm)}: the lower-case hex digest of the UTF-8 bytes of a string. */
    static Object hash(List<?> args) {
        String value = FunctionArgs.string(args, 0, "hash", false);
        String algorithm = FunctionArgs.string(args, 1, "hash", false);
        if (!HASH_ALGORITHMS.contains(algorithm)) {
            throw new FunctionArgs.FunctionError("The algorithm argument of $hash must be one of " + String.join(", ", HASH_ALGORITHMS)
                    + ", but was '" + algorithm + "'");
        }
        try {
            byte[] digest = MessageDigest.getInstance(algorithm).digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime lacks the " + algorithm + " message digest", e);
        }
    }

    /** {@code $parse(text)}: the JSON value the string holds ({@code "-0"} gives 0). */
    static Object parse(List<?> args) {
        String text = FunctionArgs.string(args, 0, "parse", false);
        try {
            return JsonViews.binding(JSON.readTree(text));
        } catch (JsonProcessingException e) {
            throw new FunctionArgs.FunctionError("The argument of $parse is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** {@code $random([seed])}: the execution's next number in [0, 1); with a seed, the same number every time. */
    static Object random(List<?> args, JsonataScope scope) {
        if (args.isEmpty() || !FunctionArgs.present(args.get(0))) {
            return scope.random().nextDouble();
        }
        Object seed = args.get(0);
        long bits = seed instanceof Number ? Double.doubleToLongBits(((Number) seed).doubleValue()) : seed.toString().hashCode();
        return new SplittableRandom(bits).nextDouble();
    }

    /** {@code $uuid()}: a version 4 UUID from the execution's random source. */
    static Object uuid(JsonataScope scope) {
        long msb = (scope.random().nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (scope.random().nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    /** {@code $shuffle(array)}: a Fisher-Yates shuffle driven by the execution's random source. */
    static Object shuffle(List<?> args, JsonataScope scope) {
        List<?> array = FunctionArgs.array(args, 0, "shuffle");
        if (array == null) {
            return null;
        }
        List<Object> out = new ArrayList<>(array);
        for (int i = out.size() - 1; i > 0; i--) {
            int j = scope.random().nextInt(i + 1);
            Object t = out.get(i);
            out.set(i, out.get(j));
            out.set(j, t);
        }
        return out;
    }
}
