// A gap's anchor is a machine key (a role ARN, "model|account|region", a
// guardrail ARN…); people read it as a name plus where it lives.

export interface ReadableAnchor {
  name: string;
  where?: string;
}

const ARN = /^arn:(aws[\w-]*):([\w-]+):([\w-]*):(\d*):(.+)$/;

export function readableAnchor(anchor: string): ReadableAnchor {
  const scoped = anchor.split('|');
  if (scoped.length === 3) {
    const [model, account, region] = scoped;
    return { name: model, where: `account ${account} · ${region}` };
  }
  const arn = ARN.exec(anchor);
  if (!arn) return { name: anchor };
  const [, , service, region, account, resource] = arn;
  const place = [account && `account ${account}`, region].filter(Boolean).join(' · ');
  const slash = resource.indexOf('/');
  const kind = slash < 0 ? resource : resource.slice(0, slash);
  const id = slash < 0 ? resource : resource.slice(slash + 1);
  if (service === 'iam' && kind === 'role') {
    // Paths are organisational noise next to the role's name.
    return { name: id.slice(id.lastIndexOf('/') + 1), where: `IAM role${place ? ' · ' + place : ''}` };
  }
  return { name: id, where: `${service} ${kind}${place ? ' · ' + place : ''}` };
}

export function anchorText(anchor: string): string {
  const r = readableAnchor(anchor);
  return r.where ? `${r.name} (${r.where})` : r.name;
}
