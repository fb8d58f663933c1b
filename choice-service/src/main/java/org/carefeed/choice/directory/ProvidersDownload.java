package org.carefeed.choice.directory;

import static org.carefeed.choice.download.CsvValues.number;
import static org.carefeed.choice.download.CsvValues.text;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.carefeed.choice.download.CsvColumn;
import org.carefeed.choice.download.CsvDownload;
import org.carefeed.choice.opendata.DataVersions;
import org.carefeed.events.Coordinates;
import org.carefeed.events.PostalAddress;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The whole directory, open and closed providers, one row each. */
@Component
class ProvidersDownload implements CsvDownload {

    /** Values several of which a column holds are joined with this, which no published value contains. */
    private static final String AND = "; ";

    private static final List<CsvColumn> COLUMNS = List.of(
            CsvColumn.of("code", "Public identifier: the ODS code where it has one, else cqc:… or nhs-choices:…"),
            CsvColumn.of("status", "open or closed"),
            CsvColumn.text("name", "Name as published"),
            CsvColumn.of("type", "Provider type: hospital, trust, gp-practice, pharmacy, dentist, ..."),
            CsvColumn.text("sub_type", "Sub-type as published"),
            CsvColumn.text("sector", "Sector as published (NHS Sector, Independent Sector, ...)"),
            CsvColumn.text("address", "Address lines, town and county, joined with \"; \""),
            CsvColumn.of("postcode", "Postcode"),
            CsvColumn.of("latitude", "WGS 84 latitude, if published"),
            CsvColumn.of("longitude", "WGS 84 longitude, if published"),
            CsvColumn.of("parent_code", "Public identifier of the organisation it belongs to"),
            CsvColumn.text("parent_name", "Name of that organisation"),
            CsvColumn.text("phones", "Published phone numbers, joined with \"; \""),
            CsvColumn.text("emails", "Published email addresses, joined with \"; \""),
            CsvColumn.text("website", "Published website"),
            CsvColumn.text("other_names", "Other names other files give it, joined with \"; \""),
            CsvColumn.of("fair_score", "Review fair score (see /downloads/figures.csv), if shown"),
            CsvColumn.of("updated_at", "When the directory last changed it (UTC)"),
            CsvColumn.of("closed_at", "When it was found closed (UTC), if it is"));

    private static final About ABOUT = new About("providers",
            "Every provider in the directory, open and closed, with its place, contacts and organisation.",
            Licensed.AS_PUBLISHED_DATA,
            "The NHS organisation data files as published (NHS Choices / NHS website syndication), imported "
                    + "by Carefeed; several files' organisations are merged into one provider by their shared identifiers.",
            COLUMNS);

    private final MongoTemplate mongo;

    ProvidersDownload(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public About about() {
        return ABOUT;
    }

    @Override
    public List<String> versionScopes() {
        return List.of(DataVersions.DIRECTORY, DataVersions.ALL_FIGURES);
    }

    @Override
    public void forEachRow(Consumer<List<String>> row) {
        Query everyProvider = new Query();
        everyProvider.fields().exclude("outbox").exclude("records").exclude("details");
        try (Stream<Provider> providers = mongo.stream(everyProvider, Provider.class)) {
            providers.forEach(provider -> row.accept(rowOf(provider)));
        }
    }

    private static List<String> rowOf(Provider provider) {
        DirectoryEntry entry = provider.entry();
        PostalAddress address = entry.address();
        Coordinates location = entry.location();
        return Arrays.asList(provider.code(), provider.status(), entry.name(), entry.type(), entry.subType(),
                entry.sector(), address == null ? null : addressLines(address),
                address == null ? null : address.postcode(),
                location == null ? null : String.valueOf(location.latitude()),
                location == null ? null : String.valueOf(location.longitude()),
                entry.parentCode(), entry.parentName(), joined(entry.phones()), joined(entry.emails()), entry.website(),
                joined(entry.otherNames()), number(provider.fairScore()),
                text(provider.updatedAt()), text(provider.closedAt()));
    }

    private static String addressLines(PostalAddress address) {
        return Stream.concat(address.lines().stream(), Stream.of(address.town(), address.county()))
                .filter(part -> part != null && !part.isBlank()).reduce((a, b) -> a + AND + b).orElse(null);
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join(AND, values);
    }
}
