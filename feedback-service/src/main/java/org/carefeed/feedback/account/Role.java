package org.carefeed.feedback.account;

/** What an account may do. An account can hold several roles. */
public enum Role {

    /** Works for one or more providers: reads their feedback, answers reviews, handles complaints. */
    STAFF,
    /** Checks reviews before they go public and decides on reports. */
    MODERATOR,
    /** Creates and disables accounts. */
    ADMIN,
    /**
     * A designated safeguarding contact of the providers the account is STAFF of: sees their open
     * safeguarding concerns in full, and closes them.
     */
    SAFEGUARDING
}
