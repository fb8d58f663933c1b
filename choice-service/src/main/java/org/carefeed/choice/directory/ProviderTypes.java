package org.carefeed.choice.directory;

import java.util.Locale;
import java.util.Map;

import org.carefeed.choice.imports.BadRowException;

/**
 * Carefeed's provider types, as lower-case words joined by dashes, from the organisation types
 * NHS Choices published. An unforeseen published type is kept, in the same form, rather than refused.
 */
final class ProviderTypes {

    private static final Map<String, String> PUBLISHED = Map.ofEntries(
            Map.entry("hospital", "hospital"),
            Map.entry("trust", "trust"),
            Map.entry("gp practice", "gp-practice"),
            Map.entry("gp", "gp"),
            Map.entry("clinical commissioning group", "ccg"),
            Map.entry("clinic", "clinic"),
            Map.entry("clinics", "clinic"),
            Map.entry("dentist", "dentist"),
            Map.entry("dentists", "dentist"),
            Map.entry("pharmacy", "pharmacy"),
            Map.entry("optician", "optician"),
            Map.entry("opticians", "optician"));

    private ProviderTypes() {
    }

    static String fromPublished(String organisationType) {
        String key = organisationType.strip().toLowerCase(Locale.ROOT);
        String known = PUBLISHED.get(key);
        if (known != null) {
            return known;
        }
        String slug = key.replaceAll("[^a-z]+", "-").replaceAll("(^-|-$)", "");
        if (slug.isEmpty()) {
            throw new BadRowException("OrganisationType " + organisationType + " has no letters");
        }
        return slug;
    }
}
