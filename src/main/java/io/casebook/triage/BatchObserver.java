package io.casebook.triage;

import io.casebook.inbox.InboxItem;

/** Sees every message of a batch run and its result, in input order (for reports). */
public interface BatchObserver {

    /** A classified message and its row. */
    void result(InboxItem item, ResultRow row);

    /** An entry that could not be read. */
    void reject(InboxItem item);
}
