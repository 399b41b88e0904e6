package dev.claimcheck.engine;

/** Told how a run of the rules advances, article by article: for a progress display on long runs. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void started(int articles) {
        }

        @Override
        public void checked(int articles) {
        }

        @Override
        public void finished() {
        }
    };

    /** The run begins with so many articles to check. */
    void started(int articles);

    /** So many more articles are checked; called from the threads that check them. */
    void checked(int articles);

    /** Every article is checked, or the run failed. */
    void finished();
}
