package org.carefeed.events;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Why a complaint was closed without a resolution: one of a fixed list, so that closures can be
 * counted by reason, and a provider cannot close complaints unanswered without it showing.
 */
public enum ComplaintClosure {

    /** The same complaint was made twice; the other one is handled. */
    DUPLICATE,
    /** The complainant withdrew it. */
    WITHDRAWN_BY_COMPLAINANT,
    /** Not something this provider's complaints procedure covers. */
    OUT_OF_SCOPE,
    /** Passed to the organisation responsible, with the complainant's agreement. */
    REFERRED_ELSEWHERE,
    /** The complainant could not be reached to take it forward. */
    COMPLAINANT_UNREACHABLE;

    /** The reasons as the API and events write them, separated by commas, for messages. */
    public static final String API_NAMES = Arrays.stream(values()).map(ComplaintClosure::apiName)
            .collect(Collectors.joining(", "));

    /** As the API and the events write it: lower case with hyphens. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ComplaintClosure> fromApiName(String name) {
        return Arrays.stream(values()).filter(reason -> reason.apiName().equals(name)).findFirst();
    }
}
