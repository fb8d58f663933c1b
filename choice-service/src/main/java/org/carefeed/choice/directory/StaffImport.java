package org.carefeed.choice.directory;

import java.util.List;

import org.carefeed.choice.imports.BadRowException;
import org.carefeed.choice.imports.ImportFormat;
import org.carefeed.choice.imports.Row;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Imports a staff file: named members of staff with their roles. */
@Component
class StaffImport extends DetailsImport<StaffMember> {

    StaffImport(MongoTemplate mongo, ProviderIdentifiers identifiers) {
        super(mongo, identifiers, "staff", "staff");
    }

    @Override
    public ImportFormat format() {
        return ImportFormat.NHS_CHOICES_STAFF;
    }

    @Override
    StaffMember item(Row row) {
        String given = row.get("GivenName");
        String family = row.get("FamilyName");
        if (given == null && family == null) {
            throw new BadRowException("GivenName and FamilyName are both empty: a member of staff needs a name");
        }
        return new StaffMember(row.get("Title"), given, family, row.get("Role"));
    }

    @Override
    List<StaffMember> listOf(OrganisationDetails details) {
        return details.staff();
    }
}
