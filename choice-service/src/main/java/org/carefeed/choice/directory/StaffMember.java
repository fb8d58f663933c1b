package org.carefeed.choice.directory;

/** A named member of a provider's staff, as published; any part may be missing except a name. */
record StaffMember(String title, String givenName, String familyName, String role) {
}
