/**
 * The public pages of the site that are not about one provider: the start page, with the search form, and
 * the pages every public service has (accessibility statement, privacy notice, cookies, house rules for
 * reviews, contact). Server-rendered with the shared layout of the {@code web} module; they read nothing
 * from MongoDB.
 */
package org.carefeed.choice.web;
