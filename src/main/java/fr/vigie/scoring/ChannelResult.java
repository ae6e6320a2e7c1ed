package fr.vigie.scoring;

import fr.vigie.shared.Channel;

/** The score of one channel; {@code mark} is null when it was not tested. */
public record ChannelResult(Channel channel, Mark mark, Verdict verdict) {

}
