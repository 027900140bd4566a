// The content script's requests to the background's match service (names, the quiet start's test, claims), over one
// port per page rather than a message each: `runtime.sendMessage` opens a channel for every message, and on a page
// that names something the first few requests were the largest part of the content script's own time spent in
// extension APIs (docs/benchmark.md). Each request carries an id its reply answers with.
import { browser } from "wxt/browser";
import { type ClaimsReply, type ClaimsRequest, isClaimsReply, isClaimsRequest } from "../match/claim-requests";
import {
  type FoundNames,
  foundNames,
  isMayNameRequest,
  isNamesReply,
  isNamesRequest,
  type MayNameRequest,
  type NamesReply,
  type NamesRequest,
} from "../match/name-requests";

/** The port's name: the background answers requests on ports of this name only. */
export const MATCH_PORT = "match";

/** A request to the match service (src/extension/match-service.ts). */
export type MatchRequest =
  | { type: "names"; request: NamesRequest }
  | ({ type: "may-name" } & MayNameRequest)
  | { type: "claims"; request: ClaimsRequest };

/** A request as the port carries it, and its reply: null for a request the background refused as malformed. */
export interface PortRequest {
  id: number;
  ask: MatchRequest;
}
export interface PortReply {
  id: number;
  reply: unknown;
}

export function isPortRequest(value: unknown): value is PortRequest {
  const m = value as { id?: unknown; ask?: { type?: unknown; request?: unknown } } | null;
  const ask = m?.ask;
  return (
    Number.isInteger(m?.id) &&
    ((ask?.type === "names" && isNamesRequest(ask.request)) ||
      (ask?.type === "may-name" && isMayNameRequest(ask)) ||
      (ask?.type === "claims" && isClaimsRequest(ask.request)))
  );
}

/** A port to the background and the requests waiting on it, each by id. */
interface Channel {
  port: ReturnType<typeof browser.runtime.connect>;
  waiting: Map<number, (reply: unknown) => void>;
}

/** The open channel: none until the first request, and again once it is closed. */
let channel: Channel | null = null;
let nextId = 0;

/**
 * How long a request waits for its reply before the port is taken for lost, in ms: far more than the background takes
 * to read the largest request a page sends (64,000 characters), so that a reply lost with a stopped service worker
 * leaves no pass waiting for ever.
 */
const REPLY_WAIT_MS = 20_000;

/** Closes a channel: what waits on it fails, and the next request opens another. */
function closeChannel(closing: Channel, why: string): void {
  if (channel === closing) channel = null;
  for (const answer of closing.waiting.values()) answer(new Error(why));
  closing.waiting.clear();
}

function openChannel(): Channel {
  const port = browser.runtime.connect({ name: MATCH_PORT });
  const opened: Channel = { port, waiting: new Map() };
  port.onMessage.addListener((message: unknown) => {
    const { id, reply } = (message ?? {}) as Partial<PortReply>;
    const answer = id === undefined ? undefined : opened.waiting.get(id);
    opened.waiting.delete(id as number);
    answer?.(reply);
  });
  // The background went away (a service worker stopped when idle, the extension reloaded).
  port.onDisconnect.addListener(() => closeChannel(opened, "the background closed the port"));
  return opened;
}

/**
 * Sends a request over the page's port, opened if need be. Rejects if the port closes before the reply comes, or none
 * comes within REPLY_WAIT_MS (the port is then closed, and the next request opens another).
 */
function overPort(ask: MatchRequest): Promise<unknown> {
  return new Promise((resolve, reject) => {
    channel ??= openChannel();
    const current = channel;
    const id = nextId++;
    const lost = setTimeout(() => {
      closeChannel(current, "the background did not answer in time");
      current.port.disconnect();
    }, REPLY_WAIT_MS);
    current.waiting.set(id, (reply) => {
      clearTimeout(lost);
      if (reply instanceof Error) reject(reply);
      else resolve(reply);
    });
    try {
      current.port.postMessage({ id, ask } satisfies PortRequest);
    } catch {
      // Disconnected meanwhile, without a word yet.
      closeChannel(current, "the port was closed");
    }
  });
}

/**
 * Asks the match service and checks its reply, twice more after a pause if it fails (a service worker being started
 * again). Rejects if it still cannot (the extension was reloaded or removed meanwhile) or answers something else.
 */
async function askMatchService<R>(ask: MatchRequest, isReply: (reply: unknown) => reply is R): Promise<R> {
  for (let attempt = 0; ; attempt++) {
    try {
      const reply = await overPort(ask);
      if (isReply(reply)) return reply;
      throw new Error(`the background did not answer a "${ask.type}" request`);
    } catch (error) {
      if (attempt >= 2 || browser.runtime?.id === undefined) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
    }
  }
}

/** Asks the background to read a page's claim units. Rejects if it cannot: the page keeps its names without claims. */
export function readClaimsInBackground(request: ClaimsRequest): Promise<ClaimsReply> {
  return askMatchService({ type: "claims", request }, (reply): reply is ClaimsReply => isClaimsReply(reply, request));
}

/** Asks the background to find the names in a page's text. Rejects if it cannot: the page is left as it is. */
export async function findNamesInBackground(request: NamesRequest): Promise<FoundNames> {
  const isReply = (reply: unknown): reply is NamesReply => isNamesReply(reply, request);
  return foundNames(await askMatchService({ type: "names", request }, isReply));
}

/** Asks the background whether a page's text may name something (the quiet start's test). Rejects if it cannot. */
export function mayNameInBackground(request: MayNameRequest): Promise<boolean> {
  return askMatchService({ type: "may-name", ...request }, (reply): reply is boolean => typeof reply === "boolean");
}
