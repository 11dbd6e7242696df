package duban.embedded;

import java.nio.file.Path;
import java.util.Properties;

/**
 * The configuration of a single Kafka node that is both broker and controller (KRaft combined
 * mode), listening on the loopback interface only.
 */
final class BrokerConfig {

    /**
     * The cluster id every storage formatted here gets. It is fixed, not random: a data folder
     * formatted once must keep matching the id on every later start (base64 of "duban-local-kafk").
     */
    static final String CLUSTER_ID = "ZHViYW4tbG9jYWwta2Fmaw";

    static final int NODE_ID = 1;

    private BrokerConfig() {
    }

    /**
     * A combined node. {@code lean} shrinks thread pools and internal topics for test JVMs on a
     * small machine; the local run keeps Kafka's defaults where they do not matter for one node.
     */
    static Properties combinedNode(Path logDir, int port, int controllerPort, boolean lean) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", Integer.toString(NODE_ID));
        p.setProperty("controller.quorum.voters", NODE_ID + "@" + FreePorts.LOOPBACK + ":" + controllerPort);
        p.setProperty("listeners",
                "PLAINTEXT://" + FreePorts.LOOPBACK + ":" + port + ",CONTROLLER://" + FreePorts.LOOPBACK + ":" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://" + FreePorts.LOOPBACK + ":" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", logDir.toAbsolutePath().toString());
        // One node: every internal topic must accept a replication factor of 1.
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        // Consumers join at once instead of waiting 3 s for more members that never come.
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        if (lean) {
            p.setProperty("offsets.topic.num.partitions", "1");
            p.setProperty("transaction.state.log.num.partitions", "1");
            p.setProperty("num.network.threads", "2");
            p.setProperty("num.io.threads", "2");
            p.setProperty("background.threads", "2");
            p.setProperty("num.recovery.threads.per.data.dir", "1");
            p.setProperty("log.cleaner.threads", "1");
        }
        return p;
    }
}
