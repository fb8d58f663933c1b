package org.carefeed.choice.directory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.carefeed.choice.hours.ClockKeys;
import org.carefeed.choice.hours.OpeningPeriod;

/**
 * What the opening times, services and staff files say about a provider: those of each published
 * organisation it is made of, together.
 *
 * @param clockKeys its opening times as the blocks of the UK clock it is open in, for search by time to
 *                  find through an index (see {@link ClockKeys}); made from {@code openingTimes} here, so
 *                  they are written together. Empty when read from a document written before them, until
 *                  {@link ClockKeysBackfill} has added them.
 */
record ProviderDetails(List<OpeningPeriod> openingTimes, List<String> services, List<StaffMember> staff,
        List<String> clockKeys) {

    static final ProviderDetails NONE = new ProviderDetails(List.of(), List.of(), List.of(), List.of());

    ProviderDetails {
        openingTimes = openingTimes == null ? List.of() : openingTimes;
        services = services == null ? List.of() : services;
        staff = staff == null ? List.of() : staff;
        clockKeys = clockKeys == null ? List.of() : clockKeys;
    }

    static ProviderDetails of(List<OrganisationDetails> organisations) {
        List<OpeningPeriod> hours = new ArrayList<>();
        LinkedHashSet<String> services = new LinkedHashSet<>();
        LinkedHashSet<StaffMember> staff = new LinkedHashSet<>();
        for (OrganisationDetails organisation : organisations) {
            hours.addAll(organisation.openingTimes());
            services.addAll(organisation.services());
            staff.addAll(organisation.staff());
        }
        return new ProviderDetails(hours, List.copyOf(services), List.copyOf(staff), ClockKeys.of(hours));
    }

    /** The services folded for searching. */
    List<String> serviceKeys() {
        return services.stream().map(Names::fold).toList();
    }
}
