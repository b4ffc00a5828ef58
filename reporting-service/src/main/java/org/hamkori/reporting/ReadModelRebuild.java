package org.hamkori.reporting;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hamkori.kit.domain.VersionedAggregate;

/**
 * A rebuild an admin started: the generation it fills, as registered in {@code read_model_generation}. Only its
 * creation is written through this entity, so that the audit trail records who started it (SPEC §11); the replay
 * moves it on by itself ({@code Generations}), and no client updates it, so its one version is its creation.
 */
@Entity
@Table(name = "read_model_generation")
public class ReadModelRebuild implements VersionedAggregate {

    @Id
    Integer number;

    @Enumerated(EnumType.STRING)
    Generation.State state;

    String replayOwner;

    Instant replayHeartbeat;

    public static ReadModelRebuild start(int number, String replayOwner) {
        ReadModelRebuild rebuild = new ReadModelRebuild();
        rebuild.number = number;
        rebuild.state = Generation.State.BUILDING;
        rebuild.replayOwner = replayOwner;
        rebuild.replayHeartbeat = Instant.now();
        return rebuild;
    }

    public Generation generation() {
        return new Generation(number, state);
    }

    @Override
    public long currentVersion() {
        return 1;
    }
}
