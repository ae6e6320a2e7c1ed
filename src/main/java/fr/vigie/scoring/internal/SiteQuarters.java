package fr.vigie.scoring.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

/**
 * The pre-aggregate of stored test scores per referential version, site and calendar
 * quarter ({@code site_quarter_scores}): the sums a dashboard needs (overall, per
 * channel, per engagement, per item) for the tests of one site in one quarter. Queries
 * over whole quarters read these (a quarter of the national benchmark is 3,000 documents
 * instead of 12,000, and engagements and items are plain sub-documents summed by
 * {@code $group} instead of arrays to {@code $unwind}); other periods read the per-test
 * summaries. Always derived: rebuilt for a site and quarter whenever one of its tests is
 * stored, and entirely by {@link #rebuildAll()}.
 * <p>
 * Keys of engagements and items are their URNs with {@code %}, {@code .} and {@code $}
 * escaped, since MongoDB field names cannot hold them.
 */
final class SiteQuarters {

	static final String COLLECTION = "site_quarter_scores";

	/**
	 * The same sums over every site of the network, per referential version and quarter
	 * ({@code network_quarter_scores}), for readers who see the whole network.
	 */
	static final String NETWORK = "network_quarter_scores";

	/** The fields of a per-test summary the pre-aggregate sums. */
	private static final Document SUMMED = new Document("referential", 1).append("siteId", 1)
		.append("quarter", 1)
		.append("channel", 1)
		.append("tests", 1)
		.append("rate", 1)
		.append("blocking", 1)
		.append("engagements", 1)
		.append("items", 1);

	private SiteQuarters() {
	}

	static String key(String urn) {
		return urn.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
	}

	static String id(String referential, String siteId, String quarter) {
		return referential + "|" + siteId + "|" + quarter;
	}

	/** Recomputes one site and quarter from its tests (deletes it when none is left). */
	static void refresh(MongoCollection<Document> tests, MongoCollection<Document> quarters, String referential,
			String siteId, String quarter) {
		Sums sums = new Sums(referential, siteId, quarter);
		for (Document test : tests
			.find(Filters.and(Filters.eq("referential", referential), Filters.eq("siteId", siteId),
					Filters.eq("quarter", quarter)))
			.projection(SUMMED)) {
			sums.add(test);
		}
		String id = id(referential, siteId, quarter);
		if (sums.count == 0) {
			quarters.deleteOne(Filters.eq("_id", id));
		}
		else {
			quarters.replaceOne(Filters.eq("_id", id), sums.document(), new ReplaceOptions().upsert(true));
		}
	}

	/**
	 * Recomputes the network's sums of one quarter from its site-quarters (a plain
	 * recompute, so two instances storing tests at once cannot double-count).
	 */
	static void refreshNetwork(MongoCollection<Document> quarters, MongoCollection<Document> networks,
			String referential, String quarter) {
		Document total = new Document();
		int sites = 0;
		for (Document site : quarters
			.find(Filters.and(Filters.eq("referential", referential), Filters.eq("quarter", quarter)))
			.projection(new Document("_id", 0).append("referential", 0).append("siteId", 0).append("quarter", 0))
			.batchSize(2000)) {
			add(total, site);
			sites++;
		}
		String id = referential + "|" + quarter;
		if (sites == 0) {
			networks.deleteOne(Filters.eq("_id", id));
		}
		else {
			networks.replaceOne(Filters.eq("_id", id),
					total.append("_id", id).append("referential", referential).append("quarter", quarter),
					new ReplaceOptions().upsert(true));
		}
	}

	/**
	 * Adds every number of {@code part} into {@code total}, sub-document by sub-document.
	 */
	private static void add(Document total, Document part) {
		for (Map.Entry<String, Object> entry : part.entrySet()) {
			Object value = entry.getValue();
			if (value instanceof Document nested) {
				Object existing = total.get(entry.getKey());
				Document into = (existing instanceof Document document) ? document : new Document();
				add(into, nested);
				total.put(entry.getKey(), into);
			}
			else if (value instanceof Number number) {
				Object existing = total.get(entry.getKey());
				if (number instanceof Double || existing instanceof Double) {
					total.put(entry.getKey(),
							((existing instanceof Number sum) ? sum.doubleValue() : 0) + number.doubleValue());
				}
				else {
					total.put(entry.getKey(),
							((existing instanceof Number sum) ? sum.intValue() : 0) + number.intValue());
				}
			}
		}
	}

	/** Rebuilds every site and quarter, and the network's quarters, in one pass. */
	static int rebuildAll(MongoCollection<Document> tests, MongoCollection<Document> quarters,
			MongoCollection<Document> networks) {
		Map<String, Sums> all = new LinkedHashMap<>();
		// In batches: the embedded server would otherwise answer in one oversized reply.
		for (Document test : tests.find().projection(SUMMED).batchSize(2000)) {
			String referential = test.getString("referential");
			String siteId = test.getString("siteId");
			String quarter = test.getString("quarter");
			all.computeIfAbsent(id(referential, siteId, quarter), (id) -> new Sums(referential, siteId, quarter))
				.add(test);
		}
		quarters.deleteMany(new Document());
		networks.deleteMany(new Document());
		Map<String, Document> network = new LinkedHashMap<>();
		List<Document> documents = new ArrayList<>();
		for (Sums sums : all.values()) {
			Document site = sums.document();
			Document total = network.computeIfAbsent(sums.referential + "|" + sums.quarter,
					(id) -> new Document("_id", id).append("referential", sums.referential)
						.append("quarter", sums.quarter));
			Document numbers = new Document(site);
			numbers.keySet().removeAll(List.of("_id", "referential", "siteId", "quarter"));
			add(total, numbers);
			documents.add(site);
			if (documents.size() == 5000) {
				quarters.insertMany(documents);
				documents.clear();
			}
		}
		if (!documents.isEmpty()) {
			quarters.insertMany(documents);
		}
		if (!network.isEmpty()) {
			networks.insertMany(new ArrayList<>(network.values()));
		}
		return all.size();
	}

	/** A {@code $group} accumulator summing {@code path} as {@code name}. */
	static void sum(Document group, String name, String path) {
		group.append(name, new Document("$sum", "$" + path));
	}

	static List<String> keys(Collection<String> urns) {
		return urns.stream().map(SiteQuarters::key).toList();
	}

	private static final class Sums {

		private final String referential;

		private final String siteId;

		private final String quarter;

		private int count;

		private final double[] overall = new double[3];

		private final Map<String, double[]> channels = new LinkedHashMap<>();

		private final Map<String, double[]> engagements = new LinkedHashMap<>();

		private final Map<String, int[]> items = new HashMap<>();

		Sums(String referential, String siteId, String quarter) {
			this.referential = referential;
			this.siteId = siteId;
			this.quarter = quarter;
		}

		void add(Document test) {
			this.count++;
			int tests = number(test.get("tests"));
			if (tests == 0) {
				return;
			}
			double rate = ((Number) test.get("rate")).doubleValue();
			int blocking = number(test.get("blocking"));
			accumulate(this.overall, rate, blocking);
			accumulate(this.channels.computeIfAbsent(test.getString("channel"), (key) -> new double[3]), rate,
					blocking);
			for (Document engagement : test.getList("engagements", Document.class, List.of())) {
				accumulate(this.engagements.computeIfAbsent(key(engagement.getString("urn")), (key) -> new double[3]),
						((Number) engagement.get("rate")).doubleValue(), number(engagement.get("blocking")));
			}
			for (Document item : test.getList("items", Document.class, List.of())) {
				int[] counts = this.items.computeIfAbsent(key(item.getString("urn")), (key) -> new int[2]);
				counts[0] += number(item.get("ok"));
				counts[1]++;
			}
		}

		private static void accumulate(double[] sums, double rate, int blocking) {
			sums[0] += rate;
			sums[1]++;
			sums[2] += blocking;
		}

		Document document() {
			Document channelSums = new Document();
			this.channels.forEach((key, sums) -> channelSums.append(key, tally(sums)));
			Document engagementSums = new Document();
			this.engagements.forEach((key, sums) -> engagementSums.append(key, tally(sums)));
			Document itemSums = new Document();
			this.items
				.forEach((key, counts) -> itemSums.append(key, new Document("ok", counts[0]).append("n", counts[1])));
			return tally(this.overall).append("_id", id(this.referential, this.siteId, this.quarter))
				.append("referential", this.referential)
				.append("siteId", this.siteId)
				.append("quarter", this.quarter)
				.append("channels", channelSums)
				.append("engagements", engagementSums)
				.append("items", itemSums);
		}

		private static Document tally(double[] sums) {
			return new Document("rateSum", sums[0]).append("tests", (int) sums[1]).append("blocking", (int) sums[2]);
		}

		private static int number(Object value) {
			return (value instanceof Number number) ? number.intValue() : 0;
		}

	}

}
