package org.carefeed.choice.indicator;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One published figure for one provider, indicator and period. Its id is made of those three, so a
 * newer import of the same period replaces it and other periods stay as history.
 *
 * @param value       the number, or null when the publisher marked it not available
 * @param publishedText the publisher's own sentence about it, kept as published
 * @param band        the band that sentence states ("worst 25%", "middle range", "best 25%"), or null
 * @param source      who published it
 * @param sourceFile  the file it was imported from
 */
@Document("indicator_values")
@CompoundIndex(name = "provider_indicator_period", def = "{'providerCode': 1, 'indicator': 1, 'period': -1}")
record IndicatorValue(
        @Id String id,
        String providerCode,
        String indicator,
        String period,
        Double value,
        String unit,
        Double denominator,
        String publishedText,
        String band,
        String source,
        String sourceFile,
        String sourceUrl,
        Instant importedAt,
        String importId) {

    static String idOf(String providerCode, String indicator, String period) {
        return providerCode + "|" + indicator + "|" + period;
    }
}
