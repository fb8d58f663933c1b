package org.carefeed.choice.directory;

import java.util.List;

import org.carefeed.choice.hours.OpeningPeriod;
import org.carefeed.choice.imports.BadRowException;
import org.carefeed.choice.imports.ImportFormat;
import org.carefeed.choice.imports.Row;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Imports an opening-times file: weekly periods by type, and additional dates. */
@Component
class OpeningTimesImport extends DetailsImport<OpeningPeriod> {

    OpeningTimesImport(MongoTemplate mongo, ProviderIdentifiers identifiers) {
        super(mongo, identifiers, "openingTimes", "opening times");
    }

    @Override
    public ImportFormat format() {
        return ImportFormat.NHS_CHOICES_OPENING_TIMES;
    }

    @Override
    OpeningPeriod item(Row row) {
        // The dentists' file spells the column AdditonalOpeningDate.
        String date = row.get("AdditionalOpeningDate") != null ? row.get("AdditionalOpeningDate")
                : row.get("AdditonalOpeningDate");
        try {
            return OpeningPeriod.parse(row.get("WeekDay"), row.get("Times"), row.get("IsOpen"),
                    row.get("OpeningTimeType"), date);
        } catch (IllegalArgumentException e) {
            throw new BadRowException(e.getMessage());
        }
    }

    @Override
    List<OpeningPeriod> listOf(OrganisationDetails details) {
        return details.openingTimes();
    }
}
