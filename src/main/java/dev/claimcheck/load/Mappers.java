package dev.claimcheck.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.ContextAttributes;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.claimcheck.model.ClaimKinds;
import dev.claimcheck.model.Period;
import dev.claimcheck.model.Vintage;
import dev.claimcheck.number.Amount;
import org.yaml.snakeyaml.LoaderOptions;

/** The Jackson mappers claimcheck reads facts with, configured once. */
public final class Mappers {
    static final int MAX_NESTING = 50;
    private static final int MAX_ALIASES = 20;
    private static final int MAX_NUMBER_LENGTH = 100;

    private Mappers() {
    }

    /** YAML with exact decimals, strict fields, and limits against hostile input. */
    public static ObjectMapper yaml() {
        return yaml(InputFiles.DEFAULT_MAX_BYTES);
    }

    /** The same, for files of up to so many bytes (the YAML reader's own limit is set to match). */
    public static ObjectMapper yaml(long maxFileBytes) {
        LoaderOptions limits = new LoaderOptions();
        limits.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxFileBytes));
        limits.setNestingDepthLimit(MAX_NESTING);
        limits.setMaxAliasesForCollections(MAX_ALIASES);
        limits.setAllowDuplicateKeys(false);
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(limits)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNumberLength(MAX_NUMBER_LENGTH).maxNestingDepth(MAX_NESTING).build())
                .build();
        return configure(YAMLMapper.builder(factory)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build());
    }

    /** A copy of the mapper for reference data, which refuses hedged amounts (see {@link AmountDeserializer#EXACT}). */
    static ObjectMapper exactAmounts(ObjectMapper mapper) {
        ObjectMapper copy = mapper.copy();
        copy.setDefaultAttributes(ContextAttributes.getEmpty().withSharedAttribute(AmountDeserializer.EXACT, true));
        return copy;
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        SimpleModule amounts = new SimpleModule("claimcheck-amounts")
                .addDeserializer(Amount.class, new AmountDeserializer())
                .addDeserializer(Period.class, new PeriodDeserializer())
                .addDeserializer(Vintage.class, new VintageDeserializer())
                .setDeserializerModifier(new LocatingDeserializers());
        mapper.registerSubtypes(ClaimKinds.types().toArray(Class<?>[]::new));
        return mapper
                .registerModule(new JavaTimeModule())
                .registerModule(amounts)
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS, true);
    }
}
