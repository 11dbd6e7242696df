package duban.consumer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A ledger event this service has applied; its id is the CloudEvents id. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent {

    @Id
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "event_type")
    public String eventType;

    public String subject;

    @Column(name = "global_index")
    public Long globalIndex;

    @Column(name = "processed_at")
    public OffsetDateTime processedAt;

    protected ProcessedEvent() {
    }

    ProcessedEvent(String eventId, String eventType, String subject, Long globalIndex, OffsetDateTime processedAt) {
        this.eventId = eventId;
        this.eventType = eventType;
        this.subject = subject;
        this.globalIndex = globalIndex;
        this.processedAt = processedAt;
    }
}
