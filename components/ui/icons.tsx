import {
  ArrowLeft as LucideArrowLeft,
  BellRing as LucideBellRing,
  Building2 as LucideBuilding2,
  Camera as LucideCamera,
  Check as LucideCheck,
  ChevronLeft as LucideChevronLeft,
  ChevronRight as LucideChevronRight,
  CircleAlert as LucideCircleAlert,
  CircleCheck as LucideCircleCheck,
  CircleHelp as LucideCircleHelp,
  Construction as LucideConstruction,
  Copy as LucideCopy,
  Download as LucideDownload,
  ExternalLink as LucideExternalLink,
  Eye as LucideEye,
  EyeOff as LucideEyeOff,
  FileCheck as LucideFileCheck,
  FileText as LucideFileText,
  ImageIcon as LucideImageIcon,
  Inbox as LucideInbox,
  Info as LucideInfo,
  Languages as LucideLanguages,
  LayoutDashboard as LucideLayoutDashboard,
  LogOut as LucideLogOut,
  Mail as LucideMail,
  MailQuestionMark as LucideMailQuestionMark,
  MapPin as LucideMapPin,
  Menu as LucideMenu,
  MessageSquareReply as LucideMessageSquareReply,
  MessageSquareText as LucideMessageSquareText,
  Paperclip as LucidePaperclip,
  Pencil as LucidePencil,
  Phone as LucidePhone,
  Plus as LucidePlus,
  Printer as LucidePrinter,
  RefreshCw as LucideRefreshCw,
  Send as LucideSend,
  ShieldCheck as LucideShieldCheck,
  Tag as LucideTag,
  Tags as LucideTags,
  Ticket as LucideTicket,
  TriangleAlert as LucideTriangleAlert,
  Upload as LucideUpload,
  UserPlus as LucideUserPlus,
  UserRound as LucideUserRound,
  Users as LucideUsers,
  Wallet as LucideWallet,
  X as LucideX,
  type LucideIcon,
} from 'lucide-react';
import type { SVGProps } from 'react';
import { escapeHtml } from './html';

/**
 * Lucide's icons drawn as one element whose paths are a string. Lucide's own `Icon` is a client
 * component: in a server component each icon went to the browser as a client reference with its
 * path data as props, and was then rendered element by element — about 70 µs of a request per
 * icon, measured (a page carries 25 to 40). This one costs what a plain element costs, renders
 * the same markup (tests/components/icons.test.tsx compares them) and works in client components too.
 */
export type Icon = (props: SVGProps<SVGSVGElement>) => React.JSX.Element;

type IconNode = [tag: string, attributes: Record<string, unknown>, children?: IconNode][];
type IconData = { name: string; node: IconNode; aliases?: string[] };

function nodeMarkup(node: IconNode): string {
  return node
    .map(([tag, attributes, children]) => {
      const attrs = Object.entries(attributes)
        .filter(([name]) => name !== 'key')
        .map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`)
        .join('');
      return `<${tag}${attrs}>${children ? nodeMarkup(children) : ''}</${tag}>`;
    })
    .join('');
}

/** Lucide's drawing of an icon, read from its component: lucide builds each one as `forwardRef` around `<Icon icon={data}>`. */
function iconData(icon: LucideIcon): IconData {
  const render = (icon as unknown as { render: (props: object, ref: null) => { props: { icon: IconData } } }).render;
  return render({}, null).props.icon;
}

/** Lucide's rule: an icon without a label or children is decoration, hidden from assistive technology. */
function hasLabel(props: SVGProps<SVGSVGElement>): boolean {
  return Object.keys(props).some((name) => name === 'children' || name === 'title' || name === 'role' || (name.startsWith('aria-') && name !== 'aria-hidden'));
}

function staticIcon(icon: LucideIcon): Icon {
  const data = iconData(icon);
  const markup = { __html: nodeMarkup(data.node) };
  const base = ['lucide', ...[data.name, ...(data.aliases ?? [])].map((name) => `lucide-${name}`)].join(' ');
  function StaticIcon({ className, ...props }: SVGProps<SVGSVGElement>) {
    return (
      <svg
        xmlns="http://www.w3.org/2000/svg"
        width={24}
        height={24}
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        strokeLinecap="round"
        strokeLinejoin="round"
        className={className ? `${base} ${className}` : base}
        aria-hidden={hasLabel(props) ? undefined : true}
        {...props}
        dangerouslySetInnerHTML={markup}
      />
    );
  }
  StaticIcon.displayName = icon.displayName;
  return StaticIcon;
}

export const ArrowLeft = /* @__PURE__ */ staticIcon(LucideArrowLeft);
export const BellRing = /* @__PURE__ */ staticIcon(LucideBellRing);
export const Building2 = /* @__PURE__ */ staticIcon(LucideBuilding2);
export const Camera = /* @__PURE__ */ staticIcon(LucideCamera);
export const Check = /* @__PURE__ */ staticIcon(LucideCheck);
export const ChevronLeft = /* @__PURE__ */ staticIcon(LucideChevronLeft);
export const ChevronRight = /* @__PURE__ */ staticIcon(LucideChevronRight);
export const CircleAlert = /* @__PURE__ */ staticIcon(LucideCircleAlert);
export const CircleCheck = /* @__PURE__ */ staticIcon(LucideCircleCheck);
export const CircleHelp = /* @__PURE__ */ staticIcon(LucideCircleHelp);
export const Construction = /* @__PURE__ */ staticIcon(LucideConstruction);
export const Copy = /* @__PURE__ */ staticIcon(LucideCopy);
export const Download = /* @__PURE__ */ staticIcon(LucideDownload);
export const ExternalLink = /* @__PURE__ */ staticIcon(LucideExternalLink);
export const Eye = /* @__PURE__ */ staticIcon(LucideEye);
export const EyeOff = /* @__PURE__ */ staticIcon(LucideEyeOff);
export const FileCheck = /* @__PURE__ */ staticIcon(LucideFileCheck);
export const FileText = /* @__PURE__ */ staticIcon(LucideFileText);
export const ImageIcon = /* @__PURE__ */ staticIcon(LucideImageIcon);
export const Inbox = /* @__PURE__ */ staticIcon(LucideInbox);
export const Info = /* @__PURE__ */ staticIcon(LucideInfo);
export const Languages = /* @__PURE__ */ staticIcon(LucideLanguages);
export const LayoutDashboard = /* @__PURE__ */ staticIcon(LucideLayoutDashboard);
export const LogOut = /* @__PURE__ */ staticIcon(LucideLogOut);
export const Mail = /* @__PURE__ */ staticIcon(LucideMail);
export const MailQuestionMark = /* @__PURE__ */ staticIcon(LucideMailQuestionMark);
export const MapPin = /* @__PURE__ */ staticIcon(LucideMapPin);
export const Menu = /* @__PURE__ */ staticIcon(LucideMenu);
export const MessageSquareReply = /* @__PURE__ */ staticIcon(LucideMessageSquareReply);
export const MessageSquareText = /* @__PURE__ */ staticIcon(LucideMessageSquareText);
export const Paperclip = /* @__PURE__ */ staticIcon(LucidePaperclip);
export const Pencil = /* @__PURE__ */ staticIcon(LucidePencil);
export const Phone = /* @__PURE__ */ staticIcon(LucidePhone);
export const Plus = /* @__PURE__ */ staticIcon(LucidePlus);
export const Printer = /* @__PURE__ */ staticIcon(LucidePrinter);
export const RefreshCw = /* @__PURE__ */ staticIcon(LucideRefreshCw);
export const Send = /* @__PURE__ */ staticIcon(LucideSend);
export const ShieldCheck = /* @__PURE__ */ staticIcon(LucideShieldCheck);
export const Tag = /* @__PURE__ */ staticIcon(LucideTag);
export const Tags = /* @__PURE__ */ staticIcon(LucideTags);
export const Ticket = /* @__PURE__ */ staticIcon(LucideTicket);
export const TriangleAlert = /* @__PURE__ */ staticIcon(LucideTriangleAlert);
export const Upload = /* @__PURE__ */ staticIcon(LucideUpload);
export const UserPlus = /* @__PURE__ */ staticIcon(LucideUserPlus);
export const UserRound = /* @__PURE__ */ staticIcon(LucideUserRound);
export const Users = /* @__PURE__ */ staticIcon(LucideUsers);
export const Wallet = /* @__PURE__ */ staticIcon(LucideWallet);
export const X = /* @__PURE__ */ staticIcon(LucideX);

