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
  SlidersHorizontal as LucideSlidersHorizontal,
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
 * Lucide's icons, each drawn once in a sprite (`/icons.svg`: icon-sprite.ts, app/icons.svg/route.ts)
 * that the browser fetches once and keeps; an icon on a page is an `<svg>` that shows its symbol
 * with `<use>`. A page carries 25 to 40 icons, and each drawn in place cost about 450 bytes of HTML
 * and as many again in the React payload: a third of the bytes of a page without a table. The
 * symbols hold the markup lucide draws (tests/unit/components/icons.test.tsx compares them); the
 * size, 24 px unless a class sets one, comes from app/globals.css. Works in client components too.
 */
export type Icon = (props: SVGProps<SVGSVGElement>) => React.JSX.Element;

/** An icon and its drawing, which the sprite collects from this module's exports. */
export type SpriteIcon = Icon & { symbol: { id: string; markup: string } };

type IconNode = [tag: string, attributes: Record<string, unknown>, children?: IconNode][];
type IconData = { name: string; node: IconNode };

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

/**
 * The sprite's address. Its version (next.config.ts) changes with this module, icon-sprite.ts and
 * lucide's release, so the browser may keep the sprite for good; unit tests go without one.
 */
export const ICON_SPRITE_URL = `/icons.svg?v=${process.env.ICON_SPRITE_VERSION ?? 'dev'}`;

/** Lucide's rule: an icon without a label or children is decoration (children are checked by the caller), hidden from assistive technology. */
function hasLabel(props: SVGProps<SVGSVGElement>): boolean {
  return Object.keys(props).some((name) => name === 'title' || name === 'role' || (name.startsWith('aria-') && name !== 'aria-hidden'));
}

function spriteIcon(icon: LucideIcon): SpriteIcon {
  const { name, node } = iconData(icon);
  const href = `${ICON_SPRITE_URL}#${name}`;
  function Drawn({ className, children, ...props }: SVGProps<SVGSVGElement>) {
    return (
      <svg className={className ? `lucide ${className}` : 'lucide'} aria-hidden={children !== undefined || hasLabel(props) ? undefined : true} {...props}>
        {children}
        <use href={href} />
      </svg>
    );
  }
  Drawn.displayName = icon.displayName;
  return Object.assign(Drawn, { symbol: { id: name, markup: nodeMarkup(node) } });
}

export const ArrowLeft = /* @__PURE__ */ spriteIcon(LucideArrowLeft);
export const BellRing = /* @__PURE__ */ spriteIcon(LucideBellRing);
export const Building2 = /* @__PURE__ */ spriteIcon(LucideBuilding2);
export const Camera = /* @__PURE__ */ spriteIcon(LucideCamera);
export const Check = /* @__PURE__ */ spriteIcon(LucideCheck);
export const ChevronLeft = /* @__PURE__ */ spriteIcon(LucideChevronLeft);
export const ChevronRight = /* @__PURE__ */ spriteIcon(LucideChevronRight);
export const CircleAlert = /* @__PURE__ */ spriteIcon(LucideCircleAlert);
export const CircleCheck = /* @__PURE__ */ spriteIcon(LucideCircleCheck);
export const CircleHelp = /* @__PURE__ */ spriteIcon(LucideCircleHelp);
export const Construction = /* @__PURE__ */ spriteIcon(LucideConstruction);
export const Copy = /* @__PURE__ */ spriteIcon(LucideCopy);
export const Download = /* @__PURE__ */ spriteIcon(LucideDownload);
export const ExternalLink = /* @__PURE__ */ spriteIcon(LucideExternalLink);
export const Eye = /* @__PURE__ */ spriteIcon(LucideEye);
export const EyeOff = /* @__PURE__ */ spriteIcon(LucideEyeOff);
export const FileCheck = /* @__PURE__ */ spriteIcon(LucideFileCheck);
export const FileText = /* @__PURE__ */ spriteIcon(LucideFileText);
export const ImageIcon = /* @__PURE__ */ spriteIcon(LucideImageIcon);
export const Inbox = /* @__PURE__ */ spriteIcon(LucideInbox);
export const Info = /* @__PURE__ */ spriteIcon(LucideInfo);
export const Languages = /* @__PURE__ */ spriteIcon(LucideLanguages);
export const LayoutDashboard = /* @__PURE__ */ spriteIcon(LucideLayoutDashboard);
export const LogOut = /* @__PURE__ */ spriteIcon(LucideLogOut);
export const Mail = /* @__PURE__ */ spriteIcon(LucideMail);
export const MailQuestionMark = /* @__PURE__ */ spriteIcon(LucideMailQuestionMark);
export const MapPin = /* @__PURE__ */ spriteIcon(LucideMapPin);
export const Menu = /* @__PURE__ */ spriteIcon(LucideMenu);
export const MessageSquareReply = /* @__PURE__ */ spriteIcon(LucideMessageSquareReply);
export const MessageSquareText = /* @__PURE__ */ spriteIcon(LucideMessageSquareText);
export const Paperclip = /* @__PURE__ */ spriteIcon(LucidePaperclip);
export const Pencil = /* @__PURE__ */ spriteIcon(LucidePencil);
export const Phone = /* @__PURE__ */ spriteIcon(LucidePhone);
export const Plus = /* @__PURE__ */ spriteIcon(LucidePlus);
export const Printer = /* @__PURE__ */ spriteIcon(LucidePrinter);
export const RefreshCw = /* @__PURE__ */ spriteIcon(LucideRefreshCw);
export const Send = /* @__PURE__ */ spriteIcon(LucideSend);
export const ShieldCheck = /* @__PURE__ */ spriteIcon(LucideShieldCheck);
export const SlidersHorizontal = /* @__PURE__ */ spriteIcon(LucideSlidersHorizontal);
export const Tag = /* @__PURE__ */ spriteIcon(LucideTag);
export const Tags = /* @__PURE__ */ spriteIcon(LucideTags);
export const Ticket = /* @__PURE__ */ spriteIcon(LucideTicket);
export const TriangleAlert = /* @__PURE__ */ spriteIcon(LucideTriangleAlert);
export const Upload = /* @__PURE__ */ spriteIcon(LucideUpload);
export const UserPlus = /* @__PURE__ */ spriteIcon(LucideUserPlus);
export const UserRound = /* @__PURE__ */ spriteIcon(LucideUserRound);
export const Users = /* @__PURE__ */ spriteIcon(LucideUsers);
export const Wallet = /* @__PURE__ */ spriteIcon(LucideWallet);
export const X = /* @__PURE__ */ spriteIcon(LucideX);

