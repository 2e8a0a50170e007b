import PublicLayout from '../status/layout';

/** The stop page is the client's side, like the status pages: the company's name, no staff navigation. */
export default PublicLayout;
