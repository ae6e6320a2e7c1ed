package fr.vigie.referential;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferentialVersionTests {

	static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	static LocalizedText text(String value) {
		return new LocalizedText(value, value + " (en)");
	}

	static CheckItem phoneItem(int rings) {
		return new CheckItem(Set.of(Channel.PHONE), null,
				new Measure(MeasureUnit.RINGS,
						new Target(TargetComparator.LE, BigDecimal.valueOf(rings), MeasureUnit.RINGS)),
				List.of(), null, null, BigDecimal.ONE, false, true);
	}

	static ReferentialVersion shipped() {
		ReferentialHeader header = new ReferentialHeader("urn:vigie:test", 1, "T", text("Test"), null, "Vigie", null,
				text("source"), text("licence"), Completeness.COMPLETE, null);
		return ReferentialVersion.shipped(header,
				List.of(new ReferentialNode("urn:vigie:test:e1", null, 1, "1", text("Engagement"), null, null, null,
						null, null, null),
						new ReferentialNode("urn:vigie:test:e1.1", "urn:vigie:test:e1", 2, "1.1", text("Rings"), null,
								null, null, null, null, phoneItem(5)),
						new ReferentialNode("urn:vigie:test:e1.2", "urn:vigie:test:e1", 2, "1.2", text("Courtesy"),
								null, null, null, null, null,
								new CheckItem(Set.of(Channel.COUNTER, Channel.PHONE), null, null, List.of(), null, null,
										BigDecimal.ONE, false, true)),
						new ReferentialNode("urn:vigie:test:e2", null, 1, "2", text("Second"), null, null, null, null,
								null, null)),
				"abc", "test.yaml", NOW);
	}

	@Test
	void aShippedVersionIsPublishedAndCannotBeEdited() {
		ReferentialVersion version = shipped();
		assertThat(version.isPublished()).isTrue();
		assertThat(version.id().value()).isEqualTo("urn:vigie:test@1");
		assertThatThrownBy(() -> version.removeNode("urn:vigie:test:e1.1")).isInstanceOfSatisfying(
				UserFacingException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("referential.published.immutable"));
	}

	@Test
	void derivingKeepsNodeUrnsAndStartsADraftOfANewReferential() {
		ReferentialVersion draft = shipped().deriveLocal("urn:vigie:local:valbourg", "VALBOURG", text("Local"), "Ville",
				"qualite", NOW);
		assertThat(draft.isPublished()).isFalse();
		assertThat(draft.id().value()).isEqualTo("urn:vigie:local:valbourg@1");
		assertThat(draft.derivedFrom()).contains(new ReferentialVersionId("urn:vigie:test@1"));
		assertThat(draft.nodes()).extracting(ReferentialNode::urn)
			.containsExactly("urn:vigie:test:e1", "urn:vigie:test:e1.1", "urn:vigie:test:e1.2", "urn:vigie:test:e2");
	}

	@Test
	void addsAnItemAsLastChildOfItsParentWithTheRightDepth() {
		ReferentialVersion draft = shipped().deriveLocal("urn:vigie:local:x", "X", text("X"), "V", "q", NOW);
		String urn = draft.addNode("urn:vigie:test:e1",
				new NodeEdit("1.3", text("New"), null, null, null, phoneItem(3)));
		assertThat(urn).isEqualTo("urn:vigie:local:x:item-1");
		assertThat(draft.nodes()).extracting(ReferentialNode::urn)
			.containsExactly("urn:vigie:test:e1", "urn:vigie:test:e1.1", "urn:vigie:test:e1.2", urn,
					"urn:vigie:test:e2");
		assertThat(draft.node(urn).orElseThrow().depth()).isEqualTo(2);
		assertThatThrownBy(() -> draft.addNode("urn:vigie:test:e1.1",
				new NodeEdit(null, text("Under item"), null, null, null, phoneItem(3))))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("referential.edit.parentIsItem"));
	}

	@Test
	void removingANodeRemovesEverythingBelowIt() {
		ReferentialVersion draft = shipped().deriveLocal("urn:vigie:local:x", "X", text("X"), "V", "q", NOW);
		draft.removeNode("urn:vigie:test:e1");
		assertThat(draft.nodes()).extracting(ReferentialNode::urn).containsExactly("urn:vigie:test:e2");
	}

	@Test
	void anEditCannotTurnAGroupIntoAnItem() {
		ReferentialVersion draft = shipped().deriveLocal("urn:vigie:local:x", "X", text("X"), "V", "q", NOW);
		assertThatThrownBy(() -> draft.updateNode("urn:vigie:test:e1",
				new NodeEdit("1", text("E"), null, null, null, phoneItem(2))))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("referential.edit.kindChange"));
	}

	@Test
	void publishingFreezesTheDraftAndNeedsAtLeastOneItem() {
		ReferentialVersion draft = shipped().deriveLocal("urn:vigie:local:x", "X", text("X"), "V", "q", NOW);
		draft.publish("qualite", NOW);
		assertThat(draft.isPublished()).isTrue();
		assertThat(draft.publishedBy()).isEqualTo("qualite");
		assertThatThrownBy(() -> draft.publish("qualite", NOW)).isInstanceOf(UserFacingException.class);

		ReferentialVersion empty = shipped().deriveLocal("urn:vigie:local:y", "Y", text("Y"), "V", "q", NOW);
		empty.removeNode("urn:vigie:test:e1");
		assertThatThrownBy(() -> empty.publish("qualite", NOW)).isInstanceOfSatisfying(UserFacingException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("referential.publish.noItem"));
	}

	@Test
	void filtersItemsByChannel() {
		ReferentialVersion version = shipped();
		assertThat(version.itemsFor(Channel.PHONE)).hasSize(2);
		assertThat(version.itemsFor(Channel.COUNTER)).extracting(ReferentialNode::refId).containsExactly("1.2");
		assertThat(version.itemsFor(Channel.LETTER)).isEmpty();
	}

	@Test
	void checkItemsKeepTheirInvariants() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CheckItem(Set.of(), null, null, List.of(), null, null, BigDecimal.ONE, false, true));
		assertThatIllegalArgumentException().isThrownBy(() -> new CheckItem(Set.of(Channel.PHONE),
				Set.of(Answer.COMPLIANT), null, List.of(), null, null, BigDecimal.ONE, false, true));
		assertThatIllegalArgumentException().isThrownBy(() -> new CheckItem(Set.of(Channel.PHONE), null, null,
				List.of(), null, null, BigDecimal.ZERO, false, true));
		CheckItem graded = new CheckItem(Set.of(Channel.PHONE), null, null,
				List.of(new ScaleLevel("none", text("None"), false), new ScaleLevel("precise", text("Precise"), true)),
				null, null, BigDecimal.ONE, false, true);
		assertThat(graded.conformityOfLevel("precise")).contains(true);
		assertThat(graded.conformityOfLevel("none")).contains(false);
		assertThat(graded.conformityOfLevel("other")).isEmpty();
		assertThat(phoneItem(5).conformityOf(BigDecimal.valueOf(6))).contains(false);
	}

	@Test
	void treeRulesRefuseAChildListedBeforeItsParent() {
		ReferentialHeader header = new ReferentialHeader("urn:vigie:t", 1, null, text("T"), null, "V", null, null, null,
				null, null);
		assertThatIllegalArgumentException().isThrownBy(() -> ReferentialVersion.shipped(header, List.of(
				new ReferentialNode("urn:vigie:t:c", "urn:vigie:t:p", 2, null, text("c"), null, null, null, null, null,
						phoneItem(1)),
				new ReferentialNode("urn:vigie:t:p", null, 1, null, text("p"), null, null, null, null, null, null)),
				"x", "t.yaml", NOW));
	}

}
