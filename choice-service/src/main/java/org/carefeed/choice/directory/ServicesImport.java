package org.carefeed.choice.directory;

import java.util.LinkedHashSet;
import java.util.List;

import org.carefeed.choice.imports.ImportFormat;
import org.carefeed.choice.imports.Row;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Imports a services file: the services each organisation offers, by name. */
@Component
class ServicesImport extends DetailsImport<String> {

    ServicesImport(MongoTemplate mongo, ProviderIdentifiers identifiers) {
        super(mongo, identifiers, "services", "services");
    }

    @Override
    public ImportFormat format() {
        return ImportFormat.NHS_CHOICES_SERVICES;
    }

    @Override
    String item(Row row) {
        return row.require("ServiceName");
    }

    /** Each service once, in the order first listed. */
    @Override
    List<String> tidy(List<String> services) {
        return List.copyOf(new LinkedHashSet<>(services));
    }

    @Override
    List<String> listOf(OrganisationDetails details) {
        return details.services();
    }
}
