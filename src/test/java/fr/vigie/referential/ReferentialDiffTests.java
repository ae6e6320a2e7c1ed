package fr.vigie.referential;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import fr.vigie.referential.ReferentialDiff.Field;
import fr.vigie.referential.ReferentialDiff.FieldDifference;
import fr.vigie.referential.ReferentialDiff.Kind;
import fr.vigie.referential.ReferentialDiff.NodeDifference;
import fr.vigie.shared.Channel;
import org.junit.jupiter.api.Test;

import static fr.vigie.referential.ReferentialVersionTests.NOW;
import static fr.vigie.referential.ReferentialVersionTests.phoneItem;
import static fr.vigie.referential.ReferentialVersionTests.text;
import static org.assertj.core.api.Assertions.assertThat;

class ReferentialDiffTests {

	@Test
	void identicalVersionsHaveNoDifference() {
		ReferentialVersion shipped = ReferentialVersionTests.shipped();
		ReferentialVersion copy = shipped.deriveLocal("urn:vigie:local:x", "X", text("X"), "V", "q", NOW);
		assertThat(ReferentialDiff.between(shipped, copy).isEmpty()).isTrue();
	}

	@Test
	void reportsAddedRemovedAndChangedItemsWithFieldLevelChanges() {
		ReferentialVersion shipped = ReferentialVersionTests.shipped();
		ReferentialVersion local = shipped.deriveLocal("urn:vigie:local:x", "X", text("X"), "V", "q", NOW);
		ReferentialNode rings = local.node("urn:vigie:test:e1.1").orElseThrow();
		CheckItem stricter = new CheckItem(Set.of(Channel.PHONE, Channel.CHAT), null, phoneItem(3).measure(), List.of(),
				null, null, new BigDecimal("2"), true, true);
		local.updateNode(rings.urn(), new NodeEdit("1.1", text("Rings"), null, null, null, stricter));
		String added = local.addNode("urn:vigie:test:e2",
				new NodeEdit("2.1", text("New"), null, null, null, phoneItem(4)));
		local.removeNode("urn:vigie:test:e1.2");

		ReferentialDiff diff = ReferentialDiff.between(shipped, local);

		assertThat(diff.count(Kind.ADDED)).isEqualTo(1);
		assertThat(diff.count(Kind.REMOVED)).isEqualTo(1);
		assertThat(diff.count(Kind.CHANGED)).isEqualTo(1);
		assertThat(diff.differences()).extracting(NodeDifference::kind, NodeDifference::urn)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.CHANGED, "urn:vigie:test:e1.1"),
					org.assertj.core.groups.Tuple.tuple(Kind.ADDED, added),
					org.assertj.core.groups.Tuple.tuple(Kind.REMOVED, "urn:vigie:test:e1.2"));
		NodeDifference changed = diff.differences().get(0);
		assertThat(changed.fields()).extracting(FieldDifference::field)
			.containsExactly(Field.CHANNELS, Field.TARGET, Field.WEIGHT, Field.BLOCKING);
		FieldDifference target = changed.fields().get(1);
		assertThat(((Target) target.before()).value()).isEqualByComparingTo("5");
		assertThat(((Target) target.after()).value()).isEqualByComparingTo("3");
		assertThat(diff.differences().get(2).node().name().fr()).isEqualTo("Courtesy");
	}

	@Test
	void aTextChangeIsReportedOnTheNameField() {
		ReferentialVersion shipped = ReferentialVersionTests.shipped();
		ReferentialVersion local = shipped.deriveLocal("urn:vigie:local:x", "X", text("X"), "V", "q", NOW);
		local.updateNode("urn:vigie:test:e2", new NodeEdit("2", text("Renamed"), null, text("Guidance"), null, null));
		NodeDifference difference = ReferentialDiff.between(shipped, local).differences().get(0);
		assertThat(difference.fields()).extracting(FieldDifference::field).containsExactly(Field.NAME, Field.GUIDANCE);
		assertThat(difference.fields().get(0).after()).isEqualTo(text("Renamed"));
	}

}
