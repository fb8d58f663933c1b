package org.carefeed.choice.indicator;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** The latest published value of each indicator of a provider, for profiles and comparisons. */
@Service
public class LatestIndicators {

    /** A period that is stated beats "not stated"; then the later period; then the later import. */
    static final Comparator<IndicatorValue> LATEST = Comparator
            .comparing((IndicatorValue value) -> !NhsChoicesIndicatorImport.PERIOD_NOT_STATED.equals(value.period()))
            .thenComparing(IndicatorValue::period)
            .thenComparing(IndicatorValue::importedAt);

    private final MongoTemplate mongo;

    LatestIndicators(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * One published figure with where it came from.
     *
     * @param value null when the publisher marked it not available
     */
    public record Figure(String indicator, Double value, String unit, String period, String band,
            String publishedText, String source, String sourceUrl, Instant importedAt) {

        static Figure of(IndicatorValue value) {
            return new Figure(value.indicator(), value.value(), value.unit(), value.period(), value.band(),
                    value.publishedText(), value.source(), value.sourceUrl(), value.importedAt());
        }
    }

    /** By indicator name, in name order. */
    public Map<String, Figure> of(String providerCode) {
        return of(List.of(providerCode)).getOrDefault(providerCode, Map.of());
    }

    /** By provider code, then by indicator name in name order. */
    public Map<String, Map<String, Figure>> of(Collection<String> providerCodes) {
        Map<String, Map<String, IndicatorValue>> latest = new LinkedHashMap<>();
        for (IndicatorValue value : mongo.find(query(where("providerCode").in(providerCodes)), IndicatorValue.class)) {
            latest.computeIfAbsent(value.providerCode(), code -> new TreeMap<>())
                    .merge(value.indicator(), value, (a, b) -> LATEST.compare(a, b) >= 0 ? a : b);
        }
        Map<String, Map<String, Figure>> figures = new LinkedHashMap<>();
        latest.forEach((code, byIndicator) -> {
            Map<String, Figure> named = new TreeMap<>();
            byIndicator.forEach((name, value) -> named.put(name, Figure.of(value)));
            figures.put(code, named);
        });
        return figures;
    }
}
