package org.carefeed.web;

/** A link in a page's breadcrumbs. */
public record Crumb(String text, String href) {
}
