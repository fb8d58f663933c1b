package org.carefeed.choice.directory;

import java.util.List;

import org.carefeed.events.Coordinates;
import org.carefeed.events.PostalAddress;

/**
 * What the directory says about a provider, as published. Two entries are equal exactly when nothing
 * published about the provider changed, which is how a re-import knows there is nothing to do.
 */
record DirectoryEntry(
        String type,
        String subType,
        String sector,
        String name,
        PostalAddress address,
        Coordinates location,
        String parentCode,
        String parentName,
        List<String> phones,
        List<String> emails,
        String website) {

    DirectoryEntry {
        phones = phones == null ? List.of() : phones.stream().sorted().toList();
        emails = emails == null ? List.of() : emails.stream().sorted().toList();
    }
}
