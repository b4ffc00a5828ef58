import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the missing Hamkori topics in one JVM (the local-infrastructure helper of infra/kafka.sh;
 * one TopicCommand per topic costs a JVM start each).
 *
 * <pre>java -cp 'classes:.hamkori/kafka/libs/*' EnsureTopics 127.0.0.1:9092 name:partitions[:key=value,...] ...</pre>
 *
 * Existing topics are left alone; a partition count different from the wanted one is reported on
 * stderr (partitions are never added silently: that would change the key-to-partition mapping).
 * Prints one line per created topic on stdout. Exit status 1 on failure.
 */
public final class EnsureTopics {

    private EnsureTopics() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: EnsureTopics <bootstrap> name:partitions[:key=value,...] ...");
            System.exit(2);
        }
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "hamkori-infra");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "60000");

        Map<String, NewTopic> wanted = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String[] parts = args[i].split(":", 3);
            NewTopic topic = new NewTopic(parts[0], Integer.parseInt(parts[1]), (short) 1);
            if (parts.length == 3 && !parts[2].isBlank()) {
                Map<String, String> configs = new HashMap<>();
                for (String kv : parts[2].split(",")) {
                    String[] pair = kv.split("=", 2);
                    configs.put(pair[0], pair[1]);
                }
                topic.configs(configs);
            }
            wanted.put(parts[0], topic);
            order.add(parts[0]);
        }

        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (String name : order) {
                if (!existing.contains(name)) {
                    missing.add(wanted.get(name));
                }
            }
            if (!missing.isEmpty()) {
                CreateTopicsResult result = admin.createTopics(missing);
                for (NewTopic topic : missing) {
                    try {
                        result.values().get(topic.name()).get();
                        System.out.println("created topic " + topic.name() + " (" + topic.numPartitions() + " partition(s))");
                    } catch (ExecutionException e) {
                        if (!(e.getCause() instanceof TopicExistsException)) {
                            throw e;
                        }
                    }
                }
            }
            Map<String, TopicDescription> described = admin.describeTopics(order).allTopicNames().get();
            for (String name : order) {
                int actual = described.get(name).partitions().size();
                int expected = wanted.get(name).numPartitions();
                if (actual != expected) {
                    System.err.println("warning: topic " + name + " has " + actual + " partition(s), expected " + expected
                            + " (run 'infra/kafka.sh reset' for a clean slate)");
                }
            }
        } catch (ExecutionException e) {
            System.err.println("error: " + e.getCause());
            System.exit(1);
        }
    }
}
