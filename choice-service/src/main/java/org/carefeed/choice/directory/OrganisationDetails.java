package org.carefeed.choice.directory;

import java.util.List;
import java.util.Map;

import org.carefeed.choice.hours.OpeningPeriod;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The opening times, services and staff of one published organisation, by its publisher's number,
 * whether or not the organisation itself has been imported yet: kept here, they are linked to its
 * provider whenever either arrives. Each list is what the latest import of its file said.
 */
@Document(OrganisationDetails.COLLECTION)
// An import of a file finds what an earlier import of the same file listed, to remove what it no longer lists.
@CompoundIndex(name = "opening_times_from_file", def = "{'sources.openingTimes': 1}")
@CompoundIndex(name = "services_from_file", def = "{'sources.services': 1}")
@CompoundIndex(name = "staff_from_file", def = "{'sources.staff': 1}")
record OrganisationDetails(@Id String organisationId, List<OpeningPeriod> openingTimes, List<String> services,
        List<StaffMember> staff, Map<String, String> sources) {

    static final String COLLECTION = "organisation_details";
    /** The name of the file each list came from, by the list's field. */
    static final String SOURCES = "sources";

    OrganisationDetails {
        openingTimes = openingTimes == null ? List.of() : openingTimes;
        services = services == null ? List.of() : services;
        staff = staff == null ? List.of() : staff;
        sources = sources == null ? Map.of() : sources;
    }

    String sourceOf(String field) {
        return sources.get(field);
    }
}
