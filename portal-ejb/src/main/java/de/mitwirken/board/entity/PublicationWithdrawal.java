package de.mitwirken.board.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * Something the public could read once and may not any more (a member who withdrew the consent to be listed, an
 * erased person): open-data clients that update incrementally learn of it as a deletion. Written by the withdrawing
 * use case in its own transaction; removed when the thing is public again.
 */
@Entity
@Table(name = "oparl_withdrawal")
@IdClass(PublicationWithdrawal.Key.class)
@NamedQuery(name = PublicationWithdrawal.ALL, query = "SELECT w FROM PublicationWithdrawal w ORDER BY w.kind, w.localId")
public class PublicationWithdrawal {

    public static final String ALL = "PublicationWithdrawal.all";

    /**
     * What was withdrawn: MEMBER a membership's public listing (with the key of its person, whose Person is deleted
     * once no listed membership of theirs remains); MEMBER_PERSON the Person per membership OParl served before V41
     * (/oparl/person/&lt;member id&gt;), deleted since persons have a key of their own; GROUP_MEMBERSHIP a member's
     * place in a working group (taken out of the group), by the id of that place.
     */
    public enum Kind { MEMBER, MEMBER_PERSON, GROUP_MEMBERSHIP }

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private Kind kind;

    @Id
    @Column(name = "local_id", nullable = false)
    private long localId;

    @Column(name = "withdrawn_at", nullable = false)
    private Instant withdrawnAt;

    /** The public key of the person a withdrawn membership belonged to (BoardPerson), kept past their erasure. */
    @Column(name = "person_key", length = 36)
    private String personKey;

    protected PublicationWithdrawal() {
        // for JPA
    }

    public PublicationWithdrawal(Kind kind, long localId, String personKey, Instant withdrawnAt) {
        this.kind = Objects.requireNonNull(kind);
        this.localId = localId;
        this.personKey = personKey;
        this.withdrawnAt = Objects.requireNonNull(withdrawnAt);
    }

    /** Withdrawn again later: the newer time counts. */
    public void withdrawnAgain(String personKey, Instant at) {
        this.personKey = personKey != null ? personKey : this.personKey;
        withdrawnAt = at;
    }

    public String personKey() {
        return personKey;
    }

    public Kind kind() {
        return kind;
    }

    public long localId() {
        return localId;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private Kind kind;
        private long localId;

        public Key() {
        }

        public Key(Kind kind, long localId) {
            this.kind = kind;
            this.localId = localId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.kind == kind && k.localId == localId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, localId);
        }
    }
}
