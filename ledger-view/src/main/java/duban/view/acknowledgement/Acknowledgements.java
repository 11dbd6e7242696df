package duban.view.acknowledgement;

import duban.view.slice.LedgerAt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Makes the view of 签收 for a {@link LedgerAt}, with each plan's rule. */
@ApplicationScoped
public class Acknowledgements {

    @Inject
    AcknowledgementSetup setup;

    public AcknowledgementsAt at(LedgerAt ledger) {
        return new AcknowledgementsAt(ledger, setup::rule);
    }
}
