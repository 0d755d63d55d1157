package io.supportdesk.chat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.supportdesk.accounts.CurrentUser;
import io.supportdesk.accounts.OrganisationId;
import io.supportdesk.cases.CaseAttachments;
import io.supportdesk.cases.CaseId;
import io.supportdesk.cases.StoredFile;
import io.supportdesk.shared.NotFound;

/**
 * Files in a chat, under the cases module's attachment rules ({@link CaseAttachments#keep}: a file name, at
 * most the attachment size limit, the type detected from the content). A file is sent by whoever may write in
 * the chat and becomes a message of its own — numbered, stored before it is delivered, a resend with the same
 * {@code clientId} stored once — whose body is the file's name; whoever may read the chat downloads it. When
 * the chat becomes a case, or is attached to one, its files become that case's attachments.
 */
@Service
@Transactional
public class ChatAttachments {

	private final Chats chats;

	private final ChatFiles files;

	private final CaseAttachments attachments;

	private final Clock clock;

	ChatAttachments(Chats chats, ChatFiles files, CaseAttachments attachments, Clock clock) {
		this.chats = chats;
		this.files = files;
		this.attachments = attachments;
		this.clock = clock;
	}

	/** Sends a file as a message of the chat (see {@link ChatManagement#post} for who may). */
	public ChatManagement.Posted send(CurrentUser actor, ChatId id, String filename, InputStream content, String clientId) {
		return send(actor, id, filename, content, clientId, clock.instant());
	}

	/** Sends a file at {@code now} (the demo's past transcripts; live use sends it now). */
	ChatManagement.Posted send(CurrentUser actor, ChatId id, String filename, InputStream content, String clientId,
			Instant now) {
		String client = ChatManagement.clientId(clientId);
		Chats.Row chat = chats.find(id.value()).filter(row -> ChatManagement.mayRead(actor, row))
			.orElseThrow(ChatManagement::notFound);
		if (client != null) {
			Optional<ChatMessage> stored = chats.messageByClientId(chat.id(), client);
			if (stored.isPresent()) {
				return new ChatManagement.Posted(stored.get(), false);
			}
		}
		ChatManagement.requireSender(actor, chat);
		// kept first (413, 400 before anything else is written), then numbered under the chat's lock
		StoredFile file = attachments.keep(filename, content);
		Chats.Row locked = chats.findForUpdate(chat.id()).orElseThrow(ChatManagement::notFound);
		ChatManagement.requireSender(actor, locked);
		int seq = chats.append(locked.id(), locked.lastSeq(), client, actor.id(), actor.name(), actor.isStaff(),
				file.filename(), now);
		files.insert(UUID.randomUUID(), locked.id(), seq, file);
		chats.notifyNodes(ChatFanOut.message(locked.id(), seq));
		return new ChatManagement.Posted(chats.message(locked.id(), seq).orElseThrow(), true);
	}

	/** A file of the chat with its content, for whoever may read the chat (404 for anyone else, or no such file). */
	@Transactional(readOnly = true)
	public Download download(CurrentUser actor, ChatId id, UUID attachmentId) throws IOException {
		Chats.Row chat = chats.find(id.value()).filter(row -> ChatManagement.mayRead(actor, row))
			.orElseThrow(ChatManagement::notFound);
		ChatFiles.File file = files.find(chat.id(), attachmentId)
			.orElseThrow(() -> new NotFound("refusal.notFound.attachment"));
		return new Download(file.stored(), attachments.content(file.stored()));
	}

	/** The largest file accepted, in whole megabytes (the case attachment limit). */
	@Transactional(readOnly = true)
	public long maxFileMegabytes() {
		return attachments.maxAttachmentSize() / (1024 * 1024);
	}

	/** A chat's file and its content; {@link StoredFile#servedType()} says how to serve it. */
	public record Download(StoredFile file, InputStream content) {
	}

	/** The chat's files become attachments of the case (each once, as sent by its author when it was sent). */
	void handOver(CurrentUser actor, UUID chat, CaseId caseId) {
		for (ChatFiles.File file : files.notHandedTo(chat, caseId)) {
			attachments.attachStored(actor, caseId, file.stored(), file.author(), file.at());
			files.handedTo(file.id(), caseId);
		}
	}

	/** Which organisation's chat a file was sent in (tenant isolation). */
	@Transactional(readOnly = true)
	Optional<OrganisationId> organisationOf(UUID attachmentId) {
		return files.organisationOf(attachmentId);
	}
}
